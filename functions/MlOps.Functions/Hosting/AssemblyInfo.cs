using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MlOps.Functions.Tests")]

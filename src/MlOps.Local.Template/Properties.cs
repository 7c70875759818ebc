using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MlOps.Local.Template.Tests")]

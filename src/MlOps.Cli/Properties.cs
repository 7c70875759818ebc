using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MlOps.Cli.Tests")]
[assembly: InternalsVisibleTo("MlOps.EndToEnd.Tests")]

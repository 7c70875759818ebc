using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MlOps.Local.Services.Tests")]
[assembly: InternalsVisibleTo("MlOps.Cli")]
[assembly: InternalsVisibleTo("MlOps.Cli.Tests")]
[assembly: InternalsVisibleTo("MlOps.EndToEnd.Tests")]

using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MlOps.Lambda.Runtime.Tests")]
[assembly: InternalsVisibleTo("MlOps.Local.Lambda")]
[assembly: InternalsVisibleTo("MlOps.Local.Lambda.Tests")]

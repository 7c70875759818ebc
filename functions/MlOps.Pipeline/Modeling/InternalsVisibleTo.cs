using System.Runtime.CompilerServices;

// The ML half of the pipeline is internal; the functions, their tests, the sample generator and the benchmarks see it.
[assembly: InternalsVisibleTo("MlOps.Functions")]
[assembly: InternalsVisibleTo("MlOps.Functions.Tests")]
[assembly: InternalsVisibleTo("MlOps.Pipeline.Tests")]
[assembly: InternalsVisibleTo("MlOps.Samples")]
[assembly: InternalsVisibleTo("ModelQuality")]
[assembly: InternalsVisibleTo("Serving")]

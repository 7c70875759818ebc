using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MlOps.StepFunctions.Tests")]

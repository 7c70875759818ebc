namespace MlOps.StepFunctions.Tests.Intrinsics;

/// <summary>Stands for the interpreter's own path error, which intrinsics must let through.</summary>
internal sealed class PathNotFoundException(string path) : Exception("path not found: " + path);

namespace MlOps.StepFunctions.Intrinsics.Functions;

/// <summary>A mistake found in a call when the definition loads.</summary>
/// <param name="ArgumentIndex">The 0-based argument at fault, or <see langword="null"/> for the call (arity).</param>
/// <param name="Message">What is wrong.</param>
internal readonly record struct DefinitionProblem(int? ArgumentIndex, string Message);

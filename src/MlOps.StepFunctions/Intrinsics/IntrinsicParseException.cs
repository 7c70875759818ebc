namespace MlOps.StepFunctions.Intrinsics;

/// <summary>An intrinsic call that does not parse; reported as a definition (validation) error.</summary>
public sealed class IntrinsicParseException(string message) : Exception(message);

namespace MlOps.StepFunctions.Intrinsics;

/// <summary>An intrinsic call that failed at run time; the interpreter raises <c>States.IntrinsicFailure</c> with <see cref="Exception.Message"/> as the cause.</summary>
public sealed class IntrinsicFailureException(string message) : Exception(message);

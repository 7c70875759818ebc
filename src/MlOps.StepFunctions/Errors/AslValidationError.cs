namespace MlOps.StepFunctions.Errors;

/// <summary>One problem in a definition, located by a JSON Pointer (RFC 6901) into the definition.</summary>
/// <param name="Pointer">Where the problem is, e.g. <c>/States/Choose/Choices/0/Next</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record AslValidationError(string Pointer, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => (Pointer.Length == 0 ? "/" : Pointer) + ": " + Message;
}

namespace MlOps.StepFunctions.Errors;

/// <summary>A definition failed validation; <see cref="Errors"/> lists every problem found.</summary>
public sealed class AslValidationException : Exception
{
    /// <summary>Creates the exception from the collected problems.</summary>
    public AslValidationException(IReadOnlyList<AslValidationError> errors)
        : base("Invalid state machine definition:" + Environment.NewLine
               + string.Join(Environment.NewLine, (errors ?? []).Select(e => "  " + e)))
    {
        Errors = errors ?? [];
    }

    /// <summary>The problems, in document order.</summary>
    public IReadOnlyList<AslValidationError> Errors { get; }
}

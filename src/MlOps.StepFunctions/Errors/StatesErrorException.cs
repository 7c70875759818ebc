namespace MlOps.StepFunctions.Errors;

/// <summary>A state failed with an ASL error name and cause; caught by Retry/Catch or fails the execution.</summary>
public sealed class StatesErrorException : Exception
{
    /// <summary>Creates a failure.</summary>
    public StatesErrorException(string? error, string? cause)
        : base(error + ": " + cause)
    {
        Error = error;
        Cause = cause;
    }

    /// <summary>The error name (null for a Fail state without Error).</summary>
    public string? Error { get; }

    /// <summary>The cause text (may be null).</summary>
    public string? Cause { get; }
}

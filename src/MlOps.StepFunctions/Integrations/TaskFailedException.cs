namespace MlOps.StepFunctions.Integrations;

/// <summary>Thrown by a handler to fail the task with an ASL error name and cause.</summary>
public sealed class TaskFailedException(string error, string? cause) : Exception(error + ": " + cause)
{
    /// <summary>The error name (matched by Retry/Catch ErrorEquals).</summary>
    public string Error { get; } = error;

    /// <summary>The cause text.</summary>
    public string? Cause { get; } = cause;
}

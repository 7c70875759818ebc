using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Integrations;

/// <summary>The result of a resource handler call.</summary>
public sealed class TaskOutcome
{
    private TaskOutcome(bool pending, bool failed, JsonNode? output, string? error, string? cause)
    {
        IsPending = pending;
        IsFailed = failed;
        Output = output;
        Error = error;
        Cause = cause;
    }

    /// <summary>The task is waiting for SendTaskSuccess/SendTaskFailure with its token.</summary>
    public static TaskOutcome Pending { get; } = new(true, false, null, null, null);

    /// <summary>True for <see cref="Pending"/>.</summary>
    public bool IsPending { get; }

    /// <summary>True when the task failed.</summary>
    public bool IsFailed { get; }

    /// <summary>The task output (service envelope included).</summary>
    public JsonNode? Output { get; }

    /// <summary>The error name of a failure.</summary>
    public string? Error { get; }

    /// <summary>The cause of a failure.</summary>
    public string? Cause { get; }

    /// <summary>A success with <paramref name="output"/>.</summary>
    public static TaskOutcome Succeeded(JsonNode? output) => new(false, false, output, null, null);

    /// <summary>A failure with an error name and cause.</summary>
    public static TaskOutcome Failed(string? error, string? cause) => new(false, true, null, error, cause);
}

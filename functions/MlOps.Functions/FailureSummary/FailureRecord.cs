using System.Text.Json;

namespace MlOps.Functions.FailureSummary;

/// <summary>The failure record written to <c>failures/&lt;runId&gt;.json</c>.</summary>
internal sealed record FailureRecord
{
    /// <summary>The run that failed.</summary>
    public string RunId { get; set; } = "";

    /// <summary>When the failure was recorded.</summary>
    public DateTimeOffset FailedAt { get; set; }

    /// <summary>The error name the Catch matched.</summary>
    public string ErrorName { get; set; } = "";

    /// <summary>The message extracted from the cause.</summary>
    public string Message { get; set; } = "";

    /// <summary>The Lambda error type inside the cause, when the cause is Lambda's error JSON.</summary>
    public string? ErrorType { get; set; }

    /// <summary>The stack trace inside the cause, when present.</summary>
    public IReadOnlyList<string>? StackTrace { get; set; }

    /// <summary>The cause exactly as received.</summary>
    public string? Cause { get; set; }

    /// <summary>The upload that started the run, if known.</summary>
    public string? Trigger { get; set; }

    /// <summary>The last step that completed, judged from the sections present.</summary>
    public string LastCompletedStep { get; set; } = "";

    /// <summary>The whole envelope at the time of failure.</summary>
    public JsonElement Envelope { get; set; }
}

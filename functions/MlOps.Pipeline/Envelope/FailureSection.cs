namespace MlOps.Pipeline.Envelope;

/// <summary>The failure record FailureSummary wrote.</summary>
public sealed record FailureSection
{
    /// <summary>The error name that failed the run.</summary>
    public string ErrorName { get; set; } = "";

    /// <summary>The human-readable message extracted from the cause.</summary>
    public string Message { get; set; } = "";

    /// <summary>Key of the failure record (<c>failures/&lt;runId&gt;.json</c>).</summary>
    public string ReportUri { get; set; } = "";

    /// <summary>When the failure was recorded.</summary>
    public DateTimeOffset FailedAt { get; set; }
}

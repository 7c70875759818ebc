namespace MlOps.Pipeline.Envelope;

/// <summary>Who started the run, when, and with which seed and code version.</summary>
public sealed record RunSection
{
    /// <summary>Envelope schema version (<see cref="PipelineEnvelope.CurrentSchemaVersion"/>).</summary>
    public string SchemaVersion { get; set; } = PipelineEnvelope.CurrentSchemaVersion;

    /// <summary>Deterministic run id (same upload, same id).</summary>
    public string RunId { get; set; } = "";

    /// <summary>The run that started this one (e.g. a drift-triggered retraining), if any.</summary>
    public string? ParentRunId { get; set; }

    /// <summary>Pipeline name: <c>training</c>, <c>batch-inference</c> or <c>drift-monitor</c>.</summary>
    public string Pipeline { get; set; } = "training";

    /// <summary>The event that started the run.</summary>
    public TriggerInfo Trigger { get; set; } = new();

    /// <summary>Seed of every random choice of this run.</summary>
    public int Seed { get; set; }

    /// <summary>When Prepare ran.</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Version of the code that runs the pipeline.</summary>
    public string CodeVersion { get; set; } = "";
}

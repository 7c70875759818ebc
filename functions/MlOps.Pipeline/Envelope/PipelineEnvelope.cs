using System.Text.Json;
using System.Text.Json.Serialization;
using MlOps.Pipeline.Config;

namespace MlOps.Pipeline.Envelope;

/// <summary>
/// The document every pipeline step reads and returns with its own section filled (CONTRACT.md).
/// Sections are null until the step that writes them has run.
/// </summary>
public sealed record PipelineEnvelope
{
    /// <summary>The envelope schema version this code writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Run identity and trigger (Prepare).</summary>
    public RunSection? Run { get; set; }

    /// <summary>The pipeline config (Prepare).</summary>
    public PipelineConfig? Config { get; set; }

    /// <summary>The validated and curated dataset (Validate, Transform).</summary>
    public DatasetSection? Dataset { get; set; }

    /// <summary>The step cache outcome (Transform).</summary>
    public CacheSection? Cache { get; set; }

    /// <summary>Training candidates and the selection (Train, Evaluate).</summary>
    public TrainingSection? Training { get; set; }

    /// <summary>Test-split metrics of the challenger and the champion (Evaluate).</summary>
    public EvaluationSection? Evaluation { get; set; }

    /// <summary>The quality gate's decision (Gate).</summary>
    public GateSection? Gate { get; set; }

    /// <summary>The registered model version (Register).</summary>
    public ModelSection? Model { get; set; }

    /// <summary>The production alias move (Deploy, Rollback).</summary>
    public DeploymentSection? Deployment { get; set; }

    /// <summary>The smoke test outcome (SmokeTest).</summary>
    public SmokeTestSection? SmokeTest { get; set; }

    /// <summary>The drift check outcome (DriftCheck).</summary>
    public DriftSection? Drift { get; set; }

    /// <summary>A Catch's <c>{Error, Cause}</c>, placed at <c>$.error</c> by the state machine's ResultPath.</summary>
    public CaughtError? Error { get; set; }

    /// <summary>The failure record written by FailureSummary.</summary>
    public FailureSection? Failure { get; set; }

    /// <summary>Milliseconds spent per function, keyed by function name.</summary>
    public IReadOnlyDictionary<string, double>? TimingsMs { get; set; }

    /// <summary>Sections this version does not know, kept so that a step never drops another's data.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

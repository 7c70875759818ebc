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
    public RunSection? Run { get; init; }

    /// <summary>The pipeline config (Prepare).</summary>
    public PipelineConfig? Config { get; init; }

    /// <summary>The validated and curated dataset (Validate, Transform).</summary>
    public DatasetSection? Dataset { get; init; }

    /// <summary>The step cache outcome (Transform).</summary>
    public CacheSection? Cache { get; init; }

    /// <summary>Training candidates and the selection (Train, Evaluate).</summary>
    public TrainingSection? Training { get; init; }

    /// <summary>Test-split metrics of the challenger and the champion (Evaluate).</summary>
    public EvaluationSection? Evaluation { get; init; }

    /// <summary>The quality gate's decision (Gate).</summary>
    public GateSection? Gate { get; init; }

    /// <summary>The registered model version (Register).</summary>
    public ModelSection? Model { get; init; }

    /// <summary>The production alias move (Deploy, Rollback).</summary>
    public DeploymentSection? Deployment { get; init; }

    /// <summary>The smoke test outcome (SmokeTest).</summary>
    public SmokeTestSection? SmokeTest { get; init; }

    /// <summary>The drift check outcome (DriftCheck).</summary>
    public DriftSection? Drift { get; init; }

    /// <summary>A Catch's <c>{Error, Cause}</c>, placed at <c>$.error</c> by the state machine's ResultPath.</summary>
    public CaughtError? Error { get; init; }

    /// <summary>The failure record written by FailureSummary.</summary>
    public FailureSection? Failure { get; init; }

    /// <summary>Milliseconds spent per function, keyed by function name.</summary>
    public IReadOnlyDictionary<string, double>? TimingsMs { get; init; }

    /// <summary>Sections this version does not know, kept so that a step never drops another's data.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; init; }
}

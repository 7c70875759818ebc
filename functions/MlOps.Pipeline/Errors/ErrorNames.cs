namespace MlOps.Pipeline.Errors;

/// <summary>Every typed error name the pipeline raises; state machines may only match these and <c>States.*</c>.</summary>
public static class ErrorNames
{
    /// <summary>The data does not satisfy the pipeline's data contract.</summary>
    public const string DataContractViolation = "MlOps.DataContractViolation";

    /// <summary>The envelope (or the pipeline config inside it) does not match envelope.schema.json.</summary>
    public const string EnvelopeInvalid = "MlOps.EnvelopeInvalid";

    /// <summary>A function's input event lacks what the function needs (bucket, key, records, ...).</summary>
    public const string InvalidEvent = "MlOps.InvalidEvent";

    /// <summary>The pipeline config (config/pipeline.json or the built-in default) is unreadable or inconsistent.</summary>
    public const string InvalidConfig = "MlOps.InvalidConfig";

    /// <summary>An object the step needs does not exist in the bucket.</summary>
    public const string ObjectNotFound = "MlOps.ObjectNotFound";

    /// <summary>An object key is unsafe or malformed (.. segments, absolute path, backslash, control characters, too long).</summary>
    public const string InvalidObjectKey = "MlOps.InvalidObjectKey";

    /// <summary>A conditional write lost: If-Match or If-None-Match did not hold (HTTP 412).</summary>
    public const string PreconditionFailed = "MlOps.PreconditionFailed";

    /// <summary>The candidate model does not meet the quality gate.</summary>
    public const string ModelQualityBelowThreshold = "MlOps.ModelQualityBelowThreshold";

    /// <summary>A registry update kept losing optimistic-concurrency races and gave up after bounded retries.</summary>
    public const string RegistryConflict = "MlOps.RegistryConflict";

    /// <summary>A model version is not approved (or not completely registered) and cannot be deployed.</summary>
    public const string ModelNotApproved = "MlOps.ModelNotApproved";

    /// <summary>A model version or alias the step refers to is not in the registry.</summary>
    public const string ModelVersionNotFound = "MlOps.ModelVersionNotFound";

    /// <summary>An artifact's SHA-256 differs from the one recorded for it.</summary>
    public const string ArtifactIntegrityFailure = "MlOps.ArtifactIntegrityFailure";

    /// <summary>The deployed model failed its smoke test.</summary>
    public const string SmokeTestFailed = "MlOps.SmokeTestFailed";

    /// <summary>A rollback was asked for but the alias has no previous version to restore.</summary>
    public const string NoPreviousVersion = "MlOps.NoPreviousVersion";

    /// <summary>Training a candidate model failed.</summary>
    public const string TrainingFailed = "MlOps.TrainingFailed";

    /// <summary>Data does not have the columns or types a model or split expects.</summary>
    public const string SchemaMismatch = "MlOps.SchemaMismatch";

    /// <summary>A prediction request is malformed or violates the data contract.</summary>
    public const string InvalidPredictionRequest = "MlOps.InvalidPredictionRequest";

    /// <summary>Feature drift above the configured threshold was detected.</summary>
    public const string DriftDetected = "MlOps.DriftDetected";

    /// <summary>Every name above, for validation of state machine definitions and tests.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        DataContractViolation,
        EnvelopeInvalid,
        InvalidEvent,
        InvalidConfig,
        ObjectNotFound,
        InvalidObjectKey,
        PreconditionFailed,
        ModelQualityBelowThreshold,
        RegistryConflict,
        ModelNotApproved,
        ModelVersionNotFound,
        ArtifactIntegrityFailure,
        SmokeTestFailed,
        NoPreviousVersion,
        TrainingFailed,
        SchemaMismatch,
        InvalidPredictionRequest,
        DriftDetected,
    ];
}

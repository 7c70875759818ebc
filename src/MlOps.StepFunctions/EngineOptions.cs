using MlOps.StepFunctions.Integrations;
using MlOps.StepFunctions.Storage;

namespace MlOps.StepFunctions;

/// <summary>Engine-wide settings: handlers, object store, clock, identity of the account.</summary>
public sealed class EngineOptions
{
    /// <summary>Task resource handlers; Task resources without a handler are rejected at load.</summary>
    public ResourceHandlerRegistry Handlers { get; init; } = new();

    /// <summary>Object store for Distributed Map ItemReader / ResultWriter (null: those fail with States.ItemReaderFailed / ResultWriterFailed).</summary>
    public IObjectStore? ObjectStore { get; init; }

    /// <summary>The clock; timestamps in history and the context object come from it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>When true, Wait states and retry back-off advance a virtual clock instead of sleeping.</summary>
    public bool VirtualTime { get; init; } = true;

    /// <summary>Region used in generated ARNs.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>Account id used in generated ARNs.</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>When false, history events are counted but not stored (throughput runs).</summary>
    public bool RecordHistory { get; init; } = true;

    /// <summary>Payload limit in bytes for inputs, state outputs and results (AWS: 262144); larger ones fail with States.DataLimitExceeded. 0 disables the check.</summary>
    public int PayloadLimitBytes { get; init; } = 262_144;

    /// <summary>JSONata evaluator for states using <c>QueryLanguage: JSONata</c> (null: they fail with States.QueryEvaluationError).</summary>
    public Jsonata.IJsonataEvaluator? Jsonata { get; init; }

    /// <summary>Seed for retry jitter (null: random).</summary>
    public int? RandomSeed { get; init; }
}

using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Registry;

/// <summary>Whether a model version may be deployed (the names of SageMaker's model package approval statuses).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApprovalStatus>))]
public enum ApprovalStatus
{
    /// <summary>Waits for a person (the pipeline's manual approval step).</summary>
    PendingManualApproval,

    /// <summary>May be deployed.</summary>
    Approved,

    /// <summary>Must not be deployed.</summary>
    Rejected,
}

namespace MlOps.Pipeline.Registry;

/// <summary>What Register hands the registry: the trained artifact, its expected SHA-256, lineage and initial approval.</summary>
public sealed record RegistrationRequest
{
    /// <summary>Key of the trained artifact in the registry's bucket.</summary>
    public string SourceArtifactKey { get; init; } = "";

    /// <summary>The SHA-256 Train recorded for it; the bytes must match.</summary>
    public string ExpectedSha256 { get; init; } = "";

    /// <summary>Lineage to record.</summary>
    public ModelLineage Lineage { get; init; } = new();

    /// <summary>Initial approval status.</summary>
    public ApprovalStatus ApprovalStatus { get; init; } = ApprovalStatus.PendingManualApproval;
}

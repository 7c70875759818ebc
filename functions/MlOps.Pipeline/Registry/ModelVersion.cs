namespace MlOps.Pipeline.Registry;

/// <summary>The registry record of one model version (<c>models/&lt;name&gt;/versions/&lt;n&gt;/metadata.json</c>).</summary>
public sealed record ModelVersion
{
    /// <summary>Model name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Version number, allocated by a create-only write of this record.</summary>
    public int Version { get; set; }

    /// <summary>Registration state; only <see cref="VersionState.Ready"/> versions are usable.</summary>
    public VersionState State { get; set; }

    /// <summary>Approval status.</summary>
    public ApprovalStatus ApprovalStatus { get; set; }

    /// <summary>Key of the registered artifact (<c>models/&lt;name&gt;/versions/&lt;n&gt;/model.zip</c>).</summary>
    public string ArtifactUri { get; set; } = "";

    /// <summary>SHA-256 (hex) of the artifact.</summary>
    public string ArtifactSha256 { get; set; } = "";

    /// <summary>Size of the artifact in bytes.</summary>
    public long ArtifactSizeBytes { get; set; }

    /// <summary>Lineage of the version.</summary>
    public ModelLineage Lineage { get; set; } = new();

    /// <summary>When the number was claimed.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the registration completed.</summary>
    public DateTimeOffset? ReadyAt { get; set; }

    /// <summary>When the approval status last changed.</summary>
    public DateTimeOffset? ApprovalUpdatedAt { get; set; }
}

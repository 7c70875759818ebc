namespace MlOps.Pipeline.Envelope;

/// <summary>The registry entry Register created.</summary>
public sealed record ModelSection
{
    /// <summary>Registry model name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Version number (1, 2, ...).</summary>
    public int Version { get; set; }

    /// <summary>The alias Register pointed at the version (<c>challenger</c>).</summary>
    public string? Alias { get; set; }

    /// <summary>Key of the registered artifact.</summary>
    public string ArtifactUri { get; set; } = "";

    /// <summary>SHA-256 (hex) of the registered artifact.</summary>
    public string ArtifactSha256 { get; set; } = "";

    /// <summary><c>PendingManualApproval</c>, <c>Approved</c> or <c>Rejected</c>.</summary>
    public string ApprovalStatus { get; set; } = "";
}

namespace MlOps.Pipeline.Envelope;

/// <summary>An alias move made by Deploy or Rollback.</summary>
public sealed record DeploymentSection
{
    /// <summary>The alias moved (<c>production</c>).</summary>
    public string Alias { get; set; } = "production";

    /// <summary>The version the alias points at now.</summary>
    public int Version { get; set; }

    /// <summary>The version it pointed at before, if any.</summary>
    public int? PreviousVersion { get; set; }

    /// <summary>When the move was committed.</summary>
    public DateTimeOffset DeployedAt { get; set; }

    /// <summary>True when the move was a rollback.</summary>
    public bool RolledBack { get; set; }
}

namespace MlOps.Pipeline.Registry;

/// <summary>One move of an alias.</summary>
public sealed record AliasMove
{
    /// <summary><c>set</c> (Register, Deploy) or <c>rollback</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>The version the alias moved to.</summary>
    public int Version { get; set; }

    /// <summary>The version it pointed at before, if any.</summary>
    public int? PreviousVersion { get; set; }

    /// <summary>The run that moved it.</summary>
    public string? RunId { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset At { get; set; }
}

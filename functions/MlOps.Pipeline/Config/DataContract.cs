namespace MlOps.Pipeline.Config;

/// <summary>The data contract an upload must satisfy before anything is trained on it.</summary>
public sealed record DataContract
{
    /// <summary>Version of the contract, recorded in the envelope's <c>dataset.contractVersion</c>.</summary>
    public string Version { get; set; } = "1";

    /// <summary>Expected columns, in any order; a missing one is a violation.</summary>
    public IReadOnlyList<ColumnContract> Columns { get; set; } = [];

    /// <summary>Fewest data rows accepted.</summary>
    public int MinRows { get; set; } = 100;

    /// <summary>Smallest accepted share of the minority class of the target (0..0.5).</summary>
    public double MinMinorityClassRatio { get; set; } = 0.01;

    /// <summary>Default largest share of empty values for a column that does not set its own.</summary>
    public double MaxNullRatio { get; set; } = 0.05;
}

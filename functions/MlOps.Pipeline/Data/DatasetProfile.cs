namespace MlOps.Pipeline.Data;

/// <summary>The profile written to <c>profiles/&lt;sha&gt;.json</c>.</summary>
internal sealed record DatasetProfile
{
    public required string Sha256 { get; init; }

    public long Rows { get; init; }

    public long SizeBytes { get; init; }

    public string? Target { get; init; }

    /// <summary>Share of rows whose target is the positive label.</summary>
    public double PositiveRatio { get; init; }

    public IReadOnlyList<ColumnProfile> Columns { get; init; } = [];

    /// <summary>The column's profile by name, or null.</summary>
    public ColumnProfile? Column(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}

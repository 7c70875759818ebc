namespace MlOps.Pipeline.Data;

/// <summary>Per-column statistics of a dataset: the drift baseline.</summary>
internal sealed record ColumnProfile
{
    public required string Name { get; init; }

    public required string Type { get; init; }

    /// <summary>Non-null cells.</summary>
    public long Count { get; init; }

    /// <summary>Null cells.</summary>
    public long Nulls { get; init; }

    /// <summary>Numeric statistics (int and float columns).</summary>
    public NumericSummary? Numeric { get; init; }

    /// <summary>Frequency of each category, ordinal order (category columns).</summary>
    public IReadOnlyDictionary<string, long>? Categories { get; init; }

    /// <summary>Earliest date (date columns).</summary>
    public string? MinDate { get; init; }

    /// <summary>Latest date (date columns).</summary>
    public string? MaxDate { get; init; }
}

namespace MlOps.Pipeline.Data;

/// <summary>
/// The data contract of a pipeline (<c>config.dataContract</c>): file dialect, columns, row count and class balance.
/// </summary>
internal sealed record CsvContract
{
    /// <summary>Version recorded in <c>dataset.contractVersion</c>.</summary>
    public string Version { get; init; } = "1";

    /// <summary>Field separator (one character; "\t" for tab).</summary>
    public string Separator { get; init; } = ",";

    /// <summary>Quote character.</summary>
    public string Quote { get; init; } = "\"";

    /// <summary>Cell texts read as null (besides the empty string).</summary>
    public IReadOnlyList<string> NullTokens { get; init; } = [];

    /// <summary>Every expected column; the header must hold them all.</summary>
    public IReadOnlyList<ColumnSpec> Columns { get; init; } = [];

    /// <summary>When false, header columns not in <see cref="Columns"/> are a schema mismatch.</summary>
    public bool AllowExtraColumns { get; init; }

    /// <summary>Fewest data rows accepted.</summary>
    public long MinRows { get; init; } = 1;

    /// <summary>Most data rows accepted.</summary>
    public long MaxRows { get; init; } = long.MaxValue;

    /// <summary>Target value that counts as the positive class.</summary>
    public string PositiveLabel { get; init; } = "yes";

    /// <summary>Lowest accepted share of positive rows.</summary>
    public double MinPositiveRatio { get; init; }

    /// <summary>Highest accepted share of positive rows.</summary>
    public double MaxPositiveRatio { get; init; } = 1;

    /// <summary>How many row violations the quarantine report keeps (the count is always exact).</summary>
    public int MaxReportedViolations { get; init; } = 100;

    /// <summary>The dialect the contract declares.</summary>
    public CsvDialect Dialect() => CsvDialect.From(Separator, Quote);

    /// <summary>The column spec by name, or null.</summary>
    public ColumnSpec? Column(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}

namespace MlOps.Pipeline.Data;

/// <summary>What one streaming pass over an upload found: version (hash), profile and every contract violation.</summary>
internal sealed record ScanResult
{
    public required string Sha256 { get; init; }

    public long SizeBytes { get; init; }

    public long Rows { get; init; }

    /// <summary>Header problems: the file's schema does not match (nothing else was checked).</summary>
    public IReadOnlyList<Violation> SchemaProblems { get; init; } = [];

    /// <summary>Row and dataset violations, capped at the contract's <c>MaxReportedViolations</c>.</summary>
    public IReadOnlyList<Violation> Violations { get; init; } = [];

    /// <summary>Exact number of violations (reported or not).</summary>
    public long ViolationCount { get; init; }

    /// <summary>Rows with at least one violation.</summary>
    public long RejectedRows { get; init; }

    public DatasetProfile? Profile { get; init; }

    /// <summary>True when the data satisfies the contract.</summary>
    public bool IsValid => SchemaProblems.Count == 0 && ViolationCount == 0;
}

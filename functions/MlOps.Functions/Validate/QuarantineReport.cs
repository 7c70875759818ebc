using MlOps.Pipeline.Data;

namespace MlOps.Functions.Validate;

/// <summary>The <c>report.json</c> written beside a quarantined upload: why it was refused, per row and column (capped).</summary>
internal sealed record QuarantineReport
{
    public required string RunId { get; init; }

    public required string Source { get; init; }

    public required string QuarantinedCopy { get; init; }

    public required string ErrorName { get; init; }

    public string? Sha256 { get; init; }

    public long Rows { get; init; }

    public long ViolationCount { get; init; }

    public long RejectedRows { get; init; }

    public IReadOnlyList<Violation> Reasons { get; init; } = [];

    /// <summary>True when more violations exist than <see cref="Reasons"/> lists.</summary>
    public bool Truncated { get; init; }
}

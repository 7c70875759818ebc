namespace MlOps.Pipeline.Data;

/// <summary>One reason the data breaks the contract; row 0 = dataset or header level, null column = whole row/dataset.</summary>
internal sealed record Violation(long Row, string? Column, string Reason, string? Value = null);

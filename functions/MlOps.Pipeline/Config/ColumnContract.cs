namespace MlOps.Pipeline.Config;

/// <summary>One column of the data contract.</summary>
public sealed record ColumnContract
{
    /// <summary>Column name as in the header row.</summary>
    public string Name { get; set; } = "";

    /// <summary>One of <c>int</c>, <c>decimal</c>, <c>category</c>, <c>string</c>, <c>date</c>.</summary>
    public string Type { get; set; } = "string";

    /// <summary>Allowed values of a category column; empty means any.</summary>
    public IReadOnlyList<string> Allowed { get; set; } = [];

    /// <summary>Smallest allowed numeric value, if any.</summary>
    public double? Min { get; set; }

    /// <summary>Largest allowed numeric value, if any.</summary>
    public double? Max { get; set; }

    /// <summary>Largest share of empty values; null means the contract's default.</summary>
    public double? MaxNullRatio { get; set; }
}

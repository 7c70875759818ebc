using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Data;

/// <summary>One column of the data contract.</summary>
internal sealed record ColumnSpec
{
    /// <summary>Header name, exact.</summary>
    public required string Name { get; init; }

    /// <summary>Declared type.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<ColumnType>))]
    public ColumnType Type { get; init; } = ColumnType.Float;

    /// <summary>Allowed categories (category columns); empty = any.</summary>
    public IReadOnlyList<string> Allowed { get; init; } = [];

    /// <summary>Smallest allowed value (numeric columns).</summary>
    public double? Min { get; init; }

    /// <summary>Largest allowed value (numeric columns).</summary>
    public double? Max { get; init; }

    /// <summary>Largest allowed share of null cells; 0 makes every null a row violation.</summary>
    public double MaxNullRatio { get; init; }

    /// <summary>True when the value is numeric for encoding and statistics.</summary>
    [JsonIgnore]
    public bool IsNumeric => Type is ColumnType.Int or ColumnType.Float;
}

using MlOps.Pipeline.Config;

namespace MlOps.Pipeline.Data;

/// <summary>Turns the pipeline config's data contract (the envelope's <c>config</c>) into the checks Validate runs.</summary>
internal static class ContractMapper
{
    /// <summary>The contract as <see cref="CsvContract"/>; unknown column types are an <see cref="ArgumentException"/>.</summary>
    public static CsvContract From(PipelineConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var contract = config.DataContract;
        var minority = contract.MinMinorityClassRatio;
        return new CsvContract
        {
            Version = contract.Version,
            Separator = config.Separator,
            Columns = contract.Columns.Select(c => new ColumnSpec
            {
                Name = c.Name,
                Type = c.Type.ToLowerInvariant() switch
                {
                    "int" or "integer" => ColumnType.Int,
                    "decimal" or "float" or "double" or "number" => ColumnType.Float,
                    "category" => ColumnType.Category,
                    "date" => ColumnType.Date,
                    "string" => ColumnType.Id,
                    _ => throw new ArgumentException($"config.dataContract.columns['{c.Name}'].type '{c.Type}' is not one of int, decimal, category, string, date"),
                },
                Allowed = c.Allowed,
                Min = c.Min,
                Max = c.Max,
                MaxNullRatio = c.MaxNullRatio ?? (string.Equals(c.Name, config.Target, StringComparison.Ordinal) ? 0 : contract.MaxNullRatio),
            }).ToList(),
            MinRows = contract.MinRows,
            PositiveLabel = config.PositiveLabel,
            MinPositiveRatio = minority,
            MaxPositiveRatio = 1 - minority,
        };
    }

    /// <summary>The feature columns in encoding order: numerics then categoricals, as the config lists them.</summary>
    public static IReadOnlyList<string> Features(PipelineConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return [.. config.Features.Numeric.Concat(config.Features.Categorical).Where(f => !config.Features.Excluded.Contains(f, StringComparer.Ordinal))];
    }
}

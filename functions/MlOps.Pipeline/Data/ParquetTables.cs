using Parquet;
using Parquet.Schema;

namespace MlOps.Pipeline.Data;

/// <summary>Writes and reads a <see cref="FeatureTable"/> as one Parquet row group (Parquet.Net).</summary>
internal static class ParquetTables
{
    private const string RowColumn = "__row";
    private const string LabelColumn = "__label";

    /// <summary>Writes the table; columns in a fixed order (row id, label, numerics, categoricals) so bytes are stable.</summary>
    public static async Task WriteAsync(FeatureTable table, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rowField = new DataField<int>(RowColumn);
        var labelField = new DataField<bool>(LabelColumn);
        var numericFields = table.Numerics.Keys.Order(StringComparer.Ordinal).Select(n => new DataField<float>(n)).ToList();
        var categoricalFields = table.Categoricals.Keys.Order(StringComparer.Ordinal).Select(n => new DataField<string>(n, nullable: true)).ToList();
        var schema = new ParquetSchema([rowField, labelField, .. numericFields, .. categoricalFields]);
        await using var writer = await ParquetWriter.CreateAsync(schema, destination, cancellationToken: cancellationToken);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<int>(rowField, table.RowIds, cancellationToken: cancellationToken);
        await group.WriteAsync<bool>(labelField, table.Labels, cancellationToken: cancellationToken);
        foreach (var field in numericFields)
        {
            await group.WriteAsync<float>(field, table.Numerics[field.Name], cancellationToken: cancellationToken);
        }

        foreach (var field in categoricalFields)
        {
            await group.WriteAsync(field, table.Categoricals[field.Name]!);
        }
    }

    /// <summary>Reads a table written by <see cref="WriteAsync"/>.</summary>
    public static async Task<FeatureTable> ReadAsync(Stream source, CancellationToken cancellationToken)
    {
        await using var reader = await ParquetReader.CreateAsync(source, cancellationToken: cancellationToken);
        var rowIds = new List<int>();
        var labels = new List<bool>();
        var numerics = new Dictionary<string, List<float>>(StringComparer.Ordinal);
        var categoricals = new Dictionary<string, List<string?>>(StringComparer.Ordinal);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            foreach (var field in reader.Schema.GetDataFields())
            {
                var n = (int)group.RowCount;
                switch (field.Name)
                {
                    case RowColumn:
                        rowIds.AddRange(await Read<int>(group, field, n, cancellationToken));
                        break;
                    case LabelColumn:
                        labels.AddRange(await Read<bool>(group, field, n, cancellationToken));
                        break;
                    default:
                        if (field.ClrType == typeof(float))
                        {
                            Get(numerics, field.Name).AddRange(await Read<float>(group, field, n, cancellationToken));
                        }
                        else
                        {
                            var strings = new string?[n];
                            await group.ReadAsync(field, strings.AsMemory(), null, cancellationToken);
                            Get(categoricals, field.Name).AddRange(strings);
                        }

                        break;
                }
            }
        }

        return new FeatureTable(
            [.. rowIds],
            [.. labels],
            numerics.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            categoricals.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    private static async Task<T[]> Read<T>(ParquetRowGroupReader group, DataField field, int n, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new T[n];
        await group.ReadAsync(field, values.AsMemory(), null, cancellationToken);
        return values;
    }

    private static List<T> Get<T>(Dictionary<string, List<T>> map, string name)
    {
        if (!map.TryGetValue(name, out var list))
        {
            list = [];
            map[name] = list;
        }

        return list;
    }
}

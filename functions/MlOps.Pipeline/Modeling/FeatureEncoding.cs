using System.Text.Json;
using MlOps.Pipeline.Data;

namespace MlOps.Pipeline.Modeling;

/// <summary>
/// The encoding fitted by Transform on the training split: numerics as floats (median-imputed), categoricals one-hot.
/// Stored in the curated manifest and inside every model artifact, so training and serving encode identically.
/// </summary>
internal sealed record FeatureEncoding
{
    private Dictionary<string, int>[]? _lookup;

    public IReadOnlyList<NumericFeature> Numeric { get; init; } = [];

    public IReadOnlyList<CategoricalFeature> Categorical { get; init; } = [];

    /// <summary>Length of the encoded vector.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Length => Numeric.Count + Categorical.Sum(c => c.Categories.Count);

    /// <summary>Fits the encoding on the training table.</summary>
    public static FeatureEncoding Fit(FeatureTable train, IReadOnlyList<string> featureOrder)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(featureOrder);
        var numeric = featureOrder.Where(train.Numerics.ContainsKey).Select(name =>
        {
            var present = train.Numerics[name].Where(v => !float.IsNaN(v)).Select(v => (double)v).Order().ToList();
            return new NumericFeature(name, present.Count == 0 ? 0f : (float)NumericSummary.Quantile(present, 0.5));
        }).ToList();
        var categorical = featureOrder.Where(train.Categoricals.ContainsKey).Select(name =>
            new CategoricalFeature(name, train.Categoricals[name].OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList())).ToList();
        return new FeatureEncoding { Numeric = numeric, Categorical = categorical };
    }

    /// <summary>Encodes every row of a table.</summary>
    public float[][] Encode(FeatureTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var lookup = Lookup();
        var rows = new float[table.Count][];
        var numericColumns = Numeric.Select(n => table.Numerics[n.Name]).ToArray();
        var categoricalColumns = Categorical.Select(c => table.Categoricals[c.Name]).ToArray();
        for (var r = 0; r < rows.Length; r++)
        {
            var vector = new float[Length];
            for (var i = 0; i < numericColumns.Length; i++)
            {
                var v = numericColumns[i][r];
                vector[i] = float.IsNaN(v) ? Numeric[i].Impute : v;
            }

            var offset = Numeric.Count;
            for (var i = 0; i < categoricalColumns.Length; i++)
            {
                if (categoricalColumns[i][r] is { } value && lookup[i].TryGetValue(value, out var slot))
                {
                    vector[offset + slot] = 1f;
                }

                offset += Categorical[i].Categories.Count;
            }

            rows[r] = vector;
        }

        return rows;
    }

    /// <summary>
    /// Encodes one raw JSON record into <paramref name="vector"/> (length <see cref="Length"/>): the serving path, no allocation
    /// beyond property lookups. Missing or null numerics are imputed; unknown categories leave their slots zero.
    /// </summary>
    public void Encode(JsonElement record, Span<float> vector)
    {
        var lookup = Lookup();
        vector.Clear();
        for (var i = 0; i < Numeric.Count; i++)
        {
            vector[i] = record.TryGetProperty(Numeric[i].Name, out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetDouble(out var d)
                ? (float)d
                : Numeric[i].Impute;
        }

        var offset = Numeric.Count;
        for (var i = 0; i < Categorical.Count; i++)
        {
            if (record.TryGetProperty(Categorical[i].Name, out var p) && p.ValueKind == JsonValueKind.String
                && lookup[i].TryGetValue(p.GetString()!, out var slot))
            {
                vector[offset + slot] = 1f;
            }

            offset += Categorical[i].Categories.Count;
        }
    }

    private Dictionary<string, int>[] Lookup() => _lookup ??= Categorical
        .Select(c => c.Categories.Select((value, i) => (value, i)).ToDictionary(x => x.value, x => x.i, StringComparer.Ordinal))
        .ToArray();
}

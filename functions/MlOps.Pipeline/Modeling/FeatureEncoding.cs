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
    private Dictionary<string, int>? _slots;
    private int[]? _offsets;

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
            var values = train.Numerics[name].Where(v => !float.IsNaN(v)).ToArray();
            Array.Sort(values); // float -> double keeps the order: the same median as sorting the doubles
            var present = Array.ConvertAll(values, v => (double)v);
            return new NumericFeature(name, present.Length == 0 ? 0f : (float)NumericSummary.Quantile(present, 0.5));
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

    /// <summary>
    /// Encodes one raw UTF-8 JSON object straight from its bytes (no document): the fastest serving path. Unknown
    /// properties are skipped; missing numerics are imputed; unknown categories leave their slots zero.
    /// </summary>
    public void EncodeUtf8(ReadOnlySpan<byte> json, Span<float> vector)
    {
        var lookup = Lookup();
        var slots = _slots ??= Numeric.Select((n, i) => (n.Name, i)).Concat(Categorical.Select((c, i) => (c.Name, ~i)))
            .ToDictionary(x => x.Name, x => x.Item2, StringComparer.Ordinal);
        var offsets = _offsets ??= [.. Categorical.Select((_, i) => Numeric.Count + Categorical.Take(i).Sum(c => c.Categories.Count))];
        var byName = slots.GetAlternateLookup<ReadOnlySpan<char>>();
        vector.Clear();
        for (var i = 0; i < Numeric.Count; i++)
        {
            vector[i] = Numeric[i].Impute;
        }

        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a record must be a JSON object");
        }

        Span<char> buffer = stackalloc char[256];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var slot = 0;
            var found = TryName(ref reader, buffer, out var length) && byName.TryGetValue(buffer[..length], out slot);
            reader.Read();
            if (!found)
            {
                reader.Skip();
                continue;
            }

            if (slot >= 0)
            {
                if (reader.TokenType == JsonTokenType.Number)
                {
                    vector[slot] = (float)reader.GetDouble();
                }
            }
            else if (reader.TokenType == JsonTokenType.String && TryName(ref reader, buffer, out length)
                && lookup[~slot].GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..length], out var category))
            {
                vector[offsets[~slot] + category] = 1f;
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static bool TryName(ref Utf8JsonReader reader, scoped Span<char> buffer, out int length)
    {
        length = 0;
        var max = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return max <= buffer.Length / 2 && (length = reader.CopyString(buffer)) >= 0;
    }

    private Dictionary<string, int>[] Lookup() => _lookup ??= Categorical
        .Select(c => c.Categories.Select((value, i) => (value, i)).ToDictionary(x => x.value, x => x.i, StringComparer.Ordinal))
        .ToArray();
}

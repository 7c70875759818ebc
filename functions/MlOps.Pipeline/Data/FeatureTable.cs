namespace MlOps.Pipeline.Data;

/// <summary>
/// Cleaned, typed columns of a dataset in memory: numeric features as floats (NaN = missing), categorical features
/// as strings (null = missing), the binary label and each row's 0-based index in the source file.
/// </summary>
internal sealed class FeatureTable
{
    public FeatureTable(int[] rowIds, bool[] labels, IReadOnlyDictionary<string, float[]> numerics, IReadOnlyDictionary<string, string?[]> categoricals)
    {
        RowIds = rowIds;
        Labels = labels;
        Numerics = numerics;
        Categoricals = categoricals;
    }

    public int[] RowIds { get; }

    public bool[] Labels { get; }

    public IReadOnlyDictionary<string, float[]> Numerics { get; }

    public IReadOnlyDictionary<string, string?[]> Categoricals { get; }

    public int Count => RowIds.Length;

    /// <summary>Share of positive labels.</summary>
    public double PositiveRatio => Count == 0 ? 0 : Labels.Count(l => l) / (double)Count;

    /// <summary>The rows at <paramref name="indices"/> (positions in this table), in that order.</summary>
    public FeatureTable Take(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        T[] Pick<T>(T[] source) => indices.Select(i => source[i]).ToArray();
        return new FeatureTable(
            Pick(RowIds),
            Pick(Labels),
            Numerics.ToDictionary(kv => kv.Key, kv => Pick(kv.Value), StringComparer.Ordinal),
            Categoricals.ToDictionary(kv => kv.Key, kv => Pick(kv.Value), StringComparer.Ordinal));
    }
}

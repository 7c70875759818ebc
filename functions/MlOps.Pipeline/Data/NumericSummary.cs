namespace MlOps.Pipeline.Data;

/// <summary>Statistics of a numeric column: moments, percentiles (0..100, 101 points) and a decile histogram.</summary>
internal sealed record NumericSummary
{
    public double Mean { get; init; }

    public double Std { get; init; }

    public double Min { get; init; }

    public double Max { get; init; }

    /// <summary>p0, p1, ..., p100 (linear interpolation): the baseline CDF for the KS test.</summary>
    public IReadOnlyList<double> Percentiles { get; init; } = [];

    /// <summary>Upper bin edges (distinct deciles); bin i holds values ≤ edge i, the last bin everything above.</summary>
    public IReadOnlyList<double> BinEdges { get; init; } = [];

    /// <summary>Rows per bin (<see cref="BinEdges"/>.Count + 1 bins): the baseline for PSI.</summary>
    public IReadOnlyList<long> BinCounts { get; init; } = [];

    /// <summary>Builds the summary from the non-null values (sorted in place).</summary>
    public static NumericSummary From(List<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return new NumericSummary();
        }

        values.Sort();
        double mean = 0, m2 = 0;
        for (var i = 0; i < values.Count; i++)
        {
            var delta = values[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (values[i] - mean);
        }

        var percentiles = new double[101];
        for (var p = 0; p <= 100; p++)
        {
            percentiles[p] = Quantile(values, p / 100.0);
        }

        var edges = Enumerable.Range(1, 9).Select(d => percentiles[d * 10]).Distinct().Where(e => e < values[^1]).ToArray();
        return new NumericSummary
        {
            Mean = mean,
            Std = values.Count > 1 ? Math.Sqrt(m2 / (values.Count - 1)) : 0,
            Min = values[0],
            Max = values[^1],
            Percentiles = percentiles,
            BinEdges = edges,
            BinCounts = Bin(values, edges),
        };
    }

    /// <summary>Counts values per bin of the given edges.</summary>
    public static long[] Bin(IEnumerable<double> values, IReadOnlyList<double> edges)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(edges);
        var counts = new long[edges.Count + 1];
        foreach (var v in values)
        {
            var bin = 0;
            while (bin < edges.Count && v > edges[bin])
            {
                bin++;
            }

            counts[bin]++;
        }

        return counts;
    }

    /// <summary>Linear-interpolated quantile of sorted values.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var pos = q * (sorted.Count - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }
}

namespace MlOps.Pipeline.Drift;

/// <summary>Population stability index and the two-sample Kolmogorov-Smirnov test against a profiled baseline.</summary>
internal static class DriftStatistics
{
    private const double Epsilon = 1e-4;

    /// <summary>PSI = Σ (o − e) ln(o / e) over bins of proportions (smoothed so empty bins stay finite).</summary>
    public static double Psi(IReadOnlyList<long> expectedCounts, IReadOnlyList<long> observedCounts)
    {
        ArgumentNullException.ThrowIfNull(expectedCounts);
        ArgumentNullException.ThrowIfNull(observedCounts);
        double eTotal = expectedCounts.Sum(), oTotal = observedCounts.Sum();
        if (eTotal == 0 || oTotal == 0)
        {
            return 0;
        }

        double psi = 0;
        for (var i = 0; i < expectedCounts.Count; i++)
        {
            var e = Math.Max(expectedCounts[i] / eTotal, Epsilon);
            var o = Math.Max(observedCounts[i] / oTotal, Epsilon);
            psi += (o - e) * Math.Log(o / e);
        }

        return psi;
    }

    /// <summary>
    /// KS statistic between the baseline CDF (its 101 percentiles, interpolated) and the observed sample, with the asymptotic
    /// p-value for sample sizes <paramref name="baselineCount"/> and the observed count.
    /// </summary>
    public static (double D, double PValue) KolmogorovSmirnov(IReadOnlyList<double> baselinePercentiles, long baselineCount, List<double> observed)
    {
        ArgumentNullException.ThrowIfNull(baselinePercentiles);
        ArgumentNullException.ThrowIfNull(observed);
        if (observed.Count == 0 || baselinePercentiles.Count < 2)
        {
            return (0, 1);
        }

        observed.Sort();
        double d = 0;
        var m = observed.Count;
        // Compare the right-continuous CDFs at every distinct observed value and at every baseline percentile, so
        // discrete features (many ties) are not mistaken for drift.
        for (var i = 0; i < m; i++)
        {
            if (i + 1 < m && observed[i + 1] == observed[i])
            {
                continue;
            }

            d = Math.Max(d, Math.Abs(((i + 1.0) / m) - BaselineCdf(baselinePercentiles, observed[i])));
        }

        foreach (var x in baselinePercentiles)
        {
            d = Math.Max(d, Math.Abs(ObservedCdf(observed, x) - BaselineCdf(baselinePercentiles, x)));
        }

        var en = Math.Sqrt(baselineCount * (double)m / (baselineCount + m));
        return (d, KolmogorovQ((en + 0.12 + (0.11 / en)) * d));
    }

    private static double ObservedCdf(List<double> sorted, double x)
    {
        var index = sorted.BinarySearch(x);
        if (index < 0)
        {
            return (double)~index / sorted.Count;
        }

        while (index + 1 < sorted.Count && sorted[index + 1] == x)
        {
            index++;
        }

        return (index + 1.0) / sorted.Count;
    }

    private static double BaselineCdf(IReadOnlyList<double> p, double x)
    {
        if (x < p[0])
        {
            return 0;
        }

        if (x >= p[^1])
        {
            return 1;
        }

        // Last percentile index at or below x (ties in discrete data take the upper end, as an empirical CDF does).
        var hi = p.Count - 1;
        var lo = 0;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (p[mid] <= x)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var next = Math.Min(lo + 1, p.Count - 1);
        var frac = p[next] > p[lo] ? (x - p[lo]) / (p[next] - p[lo]) : 0;
        return (lo + frac) / (p.Count - 1);
    }

    private static double KolmogorovQ(double lambda)
    {
        if (lambda < 1e-3)
        {
            return 1;
        }

        double sum = 0;
        for (var k = 1; k <= 100; k++)
        {
            var term = 2 * (k % 2 == 1 ? 1 : -1) * Math.Exp(-2 * k * k * lambda * lambda);
            sum += term;
            if (Math.Abs(term) < 1e-12)
            {
                break;
            }
        }

        return Math.Clamp(sum, 0, 1);
    }
}

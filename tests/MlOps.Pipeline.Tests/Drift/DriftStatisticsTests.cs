using MlOps.Pipeline.Data;
using MlOps.Pipeline.Drift;

namespace MlOps.Pipeline.Tests.Drift;

public sealed class DriftStatisticsTests
{
    [Fact]
    public void Psi_is_zero_for_the_same_distribution_and_grows_with_the_shift()
    {
        Assert.Equal(0, DriftStatistics.Psi([10, 20, 30], [1, 2, 3]), 12);
        var small = DriftStatistics.Psi([50, 50], [55, 45]);
        var large = DriftStatistics.Psi([50, 50], [90, 10]);
        Assert.InRange(small, 0, 0.05);
        Assert.True(large > 0.2);
    }

    [Fact]
    public void Ks_separates_a_shifted_sample_from_the_baseline()
    {
        var random = new Random(1);
        var baseline = Enumerable.Range(0, 5000).Select(_ => random.NextDouble()).ToList();
        var summary = NumericSummary.From([.. baseline]);
        var same = Enumerable.Range(0, 500).Select(_ => random.NextDouble()).ToList();
        var shifted = Enumerable.Range(0, 500).Select(_ => random.NextDouble() + 0.3).ToList();

        var (dSame, pSame) = DriftStatistics.KolmogorovSmirnov(summary.Percentiles, 5000, same);
        var (dShift, pShift) = DriftStatistics.KolmogorovSmirnov(summary.Percentiles, 5000, shifted);

        Assert.True(dSame < 0.08 && pSame > 0.01, $"same: D={dSame} p={pSame}");
        Assert.True(dShift > 0.25 && pShift < 1e-6, $"shifted: D={dShift} p={pShift}");
    }

    [Fact]
    public void Ks_on_a_discrete_feature_with_many_ties_is_not_drift()
    {
        var random = new Random(2);
        double Draw() => random.NextDouble() < 0.55 ? -1 : random.Next(0, 365);
        var summary = NumericSummary.From([.. Enumerable.Range(0, 4000).Select(_ => Draw())]);
        var (d, _) = DriftStatistics.KolmogorovSmirnov(summary.Percentiles, 4000, [.. Enumerable.Range(0, 600).Select(_ => Draw())]);
        Assert.True(d < 0.08, $"D={d}");
    }
}

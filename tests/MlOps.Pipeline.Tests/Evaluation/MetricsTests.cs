using MlOps.Pipeline.Evaluation;

namespace MlOps.Pipeline.Tests.Evaluation;

public sealed class MetricsTests
{
    [Fact]
    public void Roc_auc_counts_ties_as_half_and_matches_a_hand_computed_value()
    {
        // positives 0.8, 0.4; negatives 0.4, 0.1 → pairs: (0.8>0.4)=1, (0.8>0.1)=1, (0.4=0.4)=0.5, (0.4>0.1)=1 → 3.5/4
        var auc = new RankedScores([0.8f, 0.4f, 0.4f, 0.1f], [true, true, false, false]).Auc();
        Assert.Equal(0.875, auc, 12);
    }

    [Fact]
    public void Average_precision_matches_a_hand_computed_value()
    {
        // descending: 0.9(+) 0.8(-) 0.7(+) → AP = 1/2*(1/1) + 1/2*(2/3)
        var ap = MetricsCalculator.AveragePrecision([0.9f, 0.8f, 0.7f], [true, false, true]);
        Assert.Equal(0.5 + (1.0 / 3), ap, 12);
    }

    [Fact]
    public void Lift_top_decile_is_the_top_rate_over_the_base_rate()
    {
        var scores = Enumerable.Range(0, 100).Select(i => i / 100f).ToArray();
        var labels = Enumerable.Range(0, 100).Select(i => i >= 90 || i % 10 == 0).ToArray(); // top 10 all positive, 19 positives overall
        Assert.Equal(1.0 / 0.19, MetricsCalculator.Lift(scores, labels, 0.1), 9);
    }

    [Fact]
    public void Confusion_metrics_brier_calibration_and_slices()
    {
        var m = MetricsCalculator.Compute([0.9f, 0.6f, 0.4f, 0.1f], [true, false, true, false], 0.5, "channel", ["a", "a", "b", "b"]);
        Assert.Equal(0.5, m.Accuracy);
        Assert.Equal(0.5, m.Precision);
        Assert.Equal(0.5, m.Recall);
        Assert.Equal(0.5, m.F1);
        Assert.Equal(((0.1 * 0.1) + (0.6 * 0.6) + (0.6 * 0.6) + (0.1 * 0.1)) / 4, m.Brier, 6);
        Assert.Equal(4, m.Calibration.Sum(b => b.Count));
        Assert.Equal(["a", "b"], m.Slices.Select(s => s.Value));
        Assert.Equal(1.0, m.Slices[0].RocAuc);
    }

    [Fact]
    public void Paired_bootstrap_is_seeded_and_brackets_the_difference()
    {
        var random = new Random(3);
        var labels = Enumerable.Range(0, 2000).Select(_ => random.NextDouble() < 0.2).ToArray();
        var good = labels.Select(l => (float)((l ? 0.6 : 0.4) + (random.NextDouble() * 0.5))).ToArray();
        var worse = labels.Select(l => (float)((l ? 0.5 : 0.45) + (random.NextDouble() * 0.5))).ToArray();

        var a = PairedBootstrap.AucDifference(good, worse, labels, 500, 0.95, 7);
        var b = PairedBootstrap.AucDifference(good, worse, labels, 500, 0.95, 7);

        Assert.Equal(a, b);
        Assert.True(a.Lower > 0, $"better model's lower bound {a.Lower}");
        Assert.InRange(a.Difference, a.Lower, a.Upper);
        var same = PairedBootstrap.AucDifference(good, good, labels, 200, 0.95, 7);
        Assert.Equal(0, same.Lower, 12);
        Assert.Equal(0, same.Upper, 12);
    }
}

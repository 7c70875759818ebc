namespace MlOps.Pipeline.Evaluation;

/// <summary>
/// Paired bootstrap of the AUC difference: each resample draws rows with replacement (seeded) and scores both models on
/// the same rows; the confidence interval is the percentile interval of the differences.
/// </summary>
internal static class PairedBootstrap
{
    /// <summary>Runs the bootstrap; resamples where a class is absent are redrawn.</summary>
    public static BootstrapResult AucDifference(float[] challenger, float[] champion, bool[] labels, int resamples, double confidence, int seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var a = new RankedScores(challenger, labels);
        var b = new RankedScores(champion, labels);
        var random = new Random(seed);
        var weights = new int[labels.Length];
        var diffs = new List<double>(resamples);
        var attempts = 0;
        while (diffs.Count < resamples && attempts++ < resamples * 10)
        {
            Array.Clear(weights);
            for (var i = 0; i < labels.Length; i++)
            {
                weights[random.Next(labels.Length)]++;
            }

            var d = a.Auc(weights) - b.Auc(weights);
            if (!double.IsNaN(d))
            {
                diffs.Add(d);
            }
        }

        diffs.Sort();
        var alpha = (1 - confidence) / 2;
        var lower = diffs.Count == 0 ? double.NaN : Data.NumericSummary.Quantile(diffs, alpha);
        var upper = diffs.Count == 0 ? double.NaN : Data.NumericSummary.Quantile(diffs, 1 - alpha);
        return new BootstrapResult(a.Auc() - b.Auc(), lower, upper, diffs.Count, confidence, seed);
    }
}

namespace MlOps.Pipeline.Evaluation;

/// <summary>Computes <see cref="BinaryMetrics"/> from probabilities and labels (and an optional slice column).</summary>
internal static class MetricsCalculator
{
    /// <summary>All metrics; <paramref name="threshold"/> turns probabilities into labels.</summary>
    public static BinaryMetrics Compute(float[] probabilities, bool[] labels, double threshold = 0.5, string? sliceColumn = null, string?[]? sliceValues = null, int bins = 10)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(labels);
        var n = labels.Length;
        var positives = labels.Count(l => l);
        int tp = 0, fp = 0, tn = 0, fn = 0;
        double brier = 0;
        for (var i = 0; i < n; i++)
        {
            var predicted = probabilities[i] >= threshold;
            (tp, fp, tn, fn) = (predicted, labels[i]) switch
            {
                (true, true) => (tp + 1, fp, tn, fn),
                (true, false) => (tp, fp + 1, tn, fn),
                (false, false) => (tp, fp, tn + 1, fn),
                _ => (tp, fp, tn, fn + 1),
            };
            var err = probabilities[i] - (labels[i] ? 1.0 : 0.0);
            brier += err * err;
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return new BinaryMetrics
        {
            Count = n,
            Positives = positives,
            RocAuc = new RankedScores(probabilities, labels).Auc(),
            PrAuc = AveragePrecision(probabilities, labels),
            Accuracy = n == 0 ? 0 : (double)(tp + tn) / n,
            Precision = precision,
            Recall = recall,
            F1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
            LiftTopDecile = Lift(probabilities, labels, 0.1),
            Brier = n == 0 ? 0 : brier / n,
            Threshold = threshold,
            Calibration = Reliability(probabilities, labels, bins),
            SliceColumn = sliceColumn,
            Slices = sliceValues is null ? [] : Slices(probabilities, labels, sliceValues, threshold),
        };
    }

    /// <summary>Average precision: sum over positives, in descending score order, of precision at each recall step.</summary>
    public static double AveragePrecision(float[] probabilities, bool[] labels)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(labels);
        var order = Enumerable.Range(0, labels.Length).OrderByDescending(i => probabilities[i]).ToArray();
        var positives = labels.Count(l => l);
        if (positives == 0)
        {
            return double.NaN;
        }

        double ap = 0;
        int tp = 0, seen = 0, i = 0;
        while (i < order.Length)
        {
            var j = i;
            var groupTp = 0;
            while (j < order.Length && probabilities[order[j]] == probabilities[order[i]])
            {
                groupTp += labels[order[j]] ? 1 : 0;
                j++;
            }

            seen += j - i;
            tp += groupTp;
            ap += (double)groupTp / positives * ((double)tp / seen);
            i = j;
        }

        return ap;
    }

    /// <summary>Positive rate in the top <paramref name="fraction"/> of scores over the base rate.</summary>
    public static double Lift(float[] probabilities, bool[] labels, double fraction)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(labels);
        var baseRate = labels.Length == 0 ? 0 : labels.Count(l => l) / (double)labels.Length;
        var take = Math.Max(1, (int)Math.Ceiling(labels.Length * fraction));
        var top = Enumerable.Range(0, labels.Length).OrderByDescending(i => probabilities[i]).ThenBy(i => i).Take(take);
        return baseRate == 0 ? 0 : top.Count(i => labels[i]) / (double)take / baseRate;
    }

    private static List<CalibrationBin> Reliability(float[] probabilities, bool[] labels, int bins)
    {
        var result = new List<CalibrationBin>();
        for (var b = 0; b < bins; b++)
        {
            double lower = (double)b / bins, upper = (double)(b + 1) / bins;
            var members = Enumerable.Range(0, labels.Length)
                .Where(i => probabilities[i] >= lower && (probabilities[i] < upper || (b == bins - 1 && probabilities[i] <= upper))).ToList();
            result.Add(new CalibrationBin(lower, upper, members.Count,
                members.Count == 0 ? 0 : members.Average(i => probabilities[i]),
                members.Count == 0 ? 0 : members.Count(i => labels[i]) / (double)members.Count));
        }

        return result;
    }

    private static List<SliceMetrics> Slices(float[] probabilities, bool[] labels, string?[] values, double threshold) =>
        Enumerable.Range(0, labels.Length).GroupBy(i => values[i] ?? "(missing)", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var idx = g.ToArray();
                var p = idx.Select(i => probabilities[i]).ToArray();
                var l = idx.Select(i => labels[i]).ToArray();
                var auc = new RankedScores(p, l).Auc();
                return new SliceMetrics(g.Key, idx.Length, l.Count(x => x), double.IsNaN(auc) ? null : auc,
                    idx.Count(i => (probabilities[i] >= threshold) == labels[i]) / (double)idx.Length, p.Average(x => (double)x));
            }).ToList();
}

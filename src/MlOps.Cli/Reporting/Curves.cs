namespace MlOps.Cli.Reporting;

/// <summary>ROC, precision-recall, lift by decile and the confusion matrix from scored test rows.</summary>
internal static class Curves
{
    public static List<(double X, double Y)> Roc(IReadOnlyList<(bool Label, double Score)> rows)
    {
        var sorted = rows.OrderByDescending(r => r.Score).ToList();
        double pos = sorted.Count(r => r.Label), neg = sorted.Count - pos;
        var points = new List<(double, double)> { (0, 0) };
        double tp = 0, fp = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].Label)
            {
                tp++;
            }
            else
            {
                fp++;
            }

            if (i == sorted.Count - 1 || sorted[i + 1].Score != sorted[i].Score)
            {
                points.Add((neg == 0 ? 0 : fp / neg, pos == 0 ? 0 : tp / pos));
            }
        }

        return points;
    }

    public static List<(double X, double Y)> PrecisionRecall(IReadOnlyList<(bool Label, double Score)> rows)
    {
        var sorted = rows.OrderByDescending(r => r.Score).ToList();
        double pos = sorted.Count(r => r.Label);
        var points = new List<(double, double)>();
        double tp = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            tp += sorted[i].Label ? 1 : 0;
            if (i == sorted.Count - 1 || sorted[i + 1].Score != sorted[i].Score)
            {
                points.Add((pos == 0 ? 0 : tp / pos, tp / (i + 1)));
            }
        }

        return points;
    }

    public static List<(double X, double Y)> LiftByDecile(IReadOnlyList<(bool Label, double Score)> rows)
    {
        var sorted = rows.OrderByDescending(r => r.Score).ToList();
        var baseRate = sorted.Count == 0 ? 0 : (double)sorted.Count(r => r.Label) / sorted.Count;
        var points = new List<(double, double)>();
        for (var d = 1; d <= 10; d++)
        {
            var take = Math.Max(1, (int)Math.Round(sorted.Count * d / 10.0));
            var rate = (double)sorted.Take(take).Count(r => r.Label) / take;
            points.Add((d * 10, baseRate == 0 ? 0 : rate / baseRate));
        }

        return points;
    }

    public static (int Tp, int Fp, int Fn, int Tn) Confusion(IReadOnlyList<(bool Label, double Score)> rows, double threshold = 0.5) =>
        (rows.Count(r => r.Label && r.Score >= threshold), rows.Count(r => !r.Label && r.Score >= threshold),
         rows.Count(r => r.Label && r.Score < threshold), rows.Count(r => !r.Label && r.Score < threshold));
}

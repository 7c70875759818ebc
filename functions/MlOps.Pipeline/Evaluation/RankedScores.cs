namespace MlOps.Pipeline.Evaluation;

/// <summary>Scores sorted once (ascending, ties grouped) so ROC AUC can be computed for any row weights in O(n).</summary>
internal sealed class RankedScores
{
    private readonly int[] _order;
    private readonly float[] _scores;
    private readonly bool[] _labels;

    public RankedScores(float[] scores, bool[] labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        if (scores.Length != labels.Length)
        {
            throw new ArgumentException("scores and labels differ in length");
        }

        _scores = scores;
        _labels = labels;
        _order = Enumerable.Range(0, scores.Length).ToArray();
        Array.Sort(_order, (a, b) => scores[a].CompareTo(scores[b]));
    }

    /// <summary>ROC AUC with every row weighted once.</summary>
    public double Auc() => Auc(null);

    /// <summary>ROC AUC (Mann-Whitney with ties counted half) with per-row weights (bootstrap counts); NaN if a class is absent.</summary>
    public double Auc(int[]? weights)
    {
        double negativesBelow = 0, pairs = 0, positives = 0;
        var i = 0;
        while (i < _order.Length)
        {
            var j = i;
            double groupPos = 0, groupNeg = 0;
            while (j < _order.Length && _scores[_order[j]] == _scores[_order[i]])
            {
                var row = _order[j];
                var w = weights?[row] ?? 1;
                if (_labels[row])
                {
                    groupPos += w;
                }
                else
                {
                    groupNeg += w;
                }

                j++;
            }

            pairs += groupPos * (negativesBelow + (0.5 * groupNeg));
            negativesBelow += groupNeg;
            positives += groupPos;
            i = j;
        }

        return positives == 0 || negativesBelow == 0 ? double.NaN : pairs / (positives * negativesBelow);
    }
}

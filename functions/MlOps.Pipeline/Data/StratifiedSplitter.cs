namespace MlOps.Pipeline.Data;

/// <summary>Deterministic stratified train/validation/test split: same labels and seed give the same split.</summary>
internal static class StratifiedSplitter
{
    /// <summary>Positions of the train, validation and test rows (each list ascending).</summary>
    public static (int[] Train, int[] Validation, int[] Test) Split(IReadOnlyList<bool> labels, double testFraction, double validationFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (testFraction < 0 || validationFraction < 0 || testFraction + validationFraction >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(testFraction), "test + validation fractions must be in [0, 1)");
        }

        var train = new List<int>();
        var validation = new List<int>();
        var test = new List<int>();
        foreach (var cls in new[] { false, true })
        {
            var members = Enumerable.Range(0, labels.Count).Where(i => labels[i] == cls).ToArray();
            var random = new Random(seed + (cls ? 7919 : 0)); // seeded Random uses the stable legacy algorithm
            for (var i = members.Length - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (members[i], members[j]) = (members[j], members[i]);
            }

            var nTest = (int)Math.Round(members.Length * testFraction, MidpointRounding.AwayFromZero);
            var nValidation = (int)Math.Round(members.Length * validationFraction, MidpointRounding.AwayFromZero);
            test.AddRange(members.Take(nTest));
            validation.AddRange(members.Skip(nTest).Take(nValidation));
            train.AddRange(members.Skip(nTest + nValidation));
        }

        return ([.. train.Order()], [.. validation.Order()], [.. test.Order()]);
    }

    /// <summary>Split honouring a fixed set of test rows (source row ids): the rest is split into train/validation.</summary>
    public static (int[] Train, int[] Validation, int[] Test) SplitWithFixedTest(FeatureTable table, ISet<int> testRowIds, double validationFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(testRowIds);
        var test = Enumerable.Range(0, table.Count).Where(i => testRowIds.Contains(table.RowIds[i])).ToArray();
        var rest = Enumerable.Range(0, table.Count).Where(i => !testRowIds.Contains(table.RowIds[i])).ToArray();
        var (train, validation, _) = Split(rest.Select(i => table.Labels[i]).ToArray(), 0, validationFraction, seed);
        return (train.Select(i => rest[i]).ToArray(), validation.Select(i => rest[i]).ToArray(), test);
    }
}

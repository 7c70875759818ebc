using MlOps.Pipeline.Data;

namespace MlOps.Pipeline.Tests.Data;

public sealed class StratifiedSplitterTests
{
    private static readonly bool[] Labels = [.. Enumerable.Range(0, 1000).Select(i => i % 8 == 0)];

    [Fact]
    public void Same_seed_same_split_and_every_row_in_exactly_one_split()
    {
        var a = StratifiedSplitter.Split(Labels, 0.2, 0.1, 42);
        var b = StratifiedSplitter.Split(Labels, 0.2, 0.1, 42);
        Assert.Equal(a.Train, b.Train);
        Assert.Equal(a.Test, b.Test);
        Assert.Equal(Enumerable.Range(0, 1000), a.Train.Concat(a.Validation).Concat(a.Test).Order());
        Assert.NotEqual(a.Test, StratifiedSplitter.Split(Labels, 0.2, 0.1, 43).Test);
    }

    [Fact]
    public void Every_split_keeps_the_class_balance()
    {
        var (train, validation, test) = StratifiedSplitter.Split(Labels, 0.2, 0.1, 7);
        Assert.Equal(25, test.Count(i => Labels[i]));
        Assert.Equal(200, test.Length);
        Assert.Equal(13, validation.Count(i => Labels[i]));
        Assert.Equal(0.125, train.Count(i => Labels[i]) / (double)train.Length, 2);
    }

    [Fact]
    public void Fixed_test_rows_are_honoured_and_the_rest_is_split()
    {
        var table = new FeatureTable([.. Enumerable.Range(0, 100)], [.. Enumerable.Range(0, 100).Select(i => i % 4 == 0)],
            new Dictionary<string, float[]>(), new Dictionary<string, string?[]>());
        var fixedRows = new HashSet<int>([.. Enumerable.Range(0, 20).Select(i => i * 5)]);
        var (train, validation, test) = StratifiedSplitter.SplitWithFixedTest(table, fixedRows, 0.25, 1);
        Assert.Equal(fixedRows.Order(), test.Select(i => table.RowIds[i]));
        Assert.Equal(20, validation.Length);
        Assert.Equal(60, train.Length);
    }
}

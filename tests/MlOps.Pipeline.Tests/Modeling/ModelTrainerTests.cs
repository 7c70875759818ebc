using MlOps.Pipeline.Data;
using MlOps.Pipeline.Evaluation;
using MlOps.Pipeline.Modeling;

namespace MlOps.Pipeline.Tests.Modeling;

public sealed class ModelTrainerTests
{
    private static readonly string[] Features = ["age", "tenure_months", "balance", "campaign_contacts", "days_since_last_contact", "previous_purchases", "email_opens_30d", "web_visits_30d", "job", "marital", "education", "region", "channel"];

    internal static CsvContract Contract() => new()
    {
        Columns =
        [
            new ColumnSpec { Name = "customer_id", Type = ColumnType.Id },
            new ColumnSpec { Name = "age", Type = ColumnType.Int, Min = 18, Max = 100 },
            new ColumnSpec { Name = "job", Type = ColumnType.Category, Allowed = SampleGenerator.Jobs },
            new ColumnSpec { Name = "marital", Type = ColumnType.Category },
            new ColumnSpec { Name = "education", Type = ColumnType.Category },
            new ColumnSpec { Name = "region", Type = ColumnType.Category },
            new ColumnSpec { Name = "channel", Type = ColumnType.Category, Allowed = SampleGenerator.Channels },
            new ColumnSpec { Name = "tenure_months", Type = ColumnType.Int },
            new ColumnSpec { Name = "balance", Type = ColumnType.Float },
            new ColumnSpec { Name = "campaign_contacts", Type = ColumnType.Int },
            new ColumnSpec { Name = "days_since_last_contact", Type = ColumnType.Int },
            new ColumnSpec { Name = "previous_purchases", Type = ColumnType.Int },
            new ColumnSpec { Name = "email_opens_30d", Type = ColumnType.Int },
            new ColumnSpec { Name = "web_visits_30d", Type = ColumnType.Int },
            new ColumnSpec { Name = "signup_date", Type = ColumnType.Date },
            new ColumnSpec { Name = "converted", Type = ColumnType.Category, Allowed = ["yes", "no"] },
        ],
    };

    internal static FeatureTable SampleTable(int rows, int seed)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SampleGenerator.Generate(rows, seed)));
        return FeatureTableReader.Read(stream, Contract(), "converted", Features);
    }

    [Fact]
    public async Task Sample_signal_is_learnt_and_survives_the_parquet_round_trip()
    {
        var table = SampleTable(3000, 11);
        using var buffer = new MemoryStream();
        await ParquetTables.WriteAsync(table, buffer, CancellationToken.None);
        buffer.Position = 0;
        var roundTripped = await ParquetTables.ReadAsync(buffer, CancellationToken.None);
        Assert.Equal(table.Numerics["email_opens_30d"], roundTripped.Numerics["email_opens_30d"]);
        Assert.Equal(table.Categoricals["job"], roundTripped.Categoricals["job"]);
        Assert.Equal(table.Labels, roundTripped.Labels);

        var (train, _, test) = StratifiedSplitter.Split(roundTripped.Labels, 0.25, 0, 5);
        var trainTable = roundTripped.Take(train);
        var testTable = roundTripped.Take(test);
        var encoding = FeatureEncoding.Fit(trainTable, Features);
        var model = ModelTrainer.Train(encoding.Encode(trainTable), trainTable.Labels, encoding, new TrainerSpec("lbfgs", new Dictionary<string, double>()), 1);
        var scores = ModelArtifact.Load(model.Zip).Score(encoding.Encode(testTable));
        Assert.InRange(new RankedScores(scores, testTable.Labels).Auc(), 0.72, 1.0);
    }

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    [InlineData("lbfgs")]
    [InlineData("sdca")]
    public void In_memory_model_scores_bit_for_bit_as_the_saved_zip_does(string trainer)
    {
        var table = SampleTable(1500, 3);
        var (train, _, test) = StratifiedSplitter.Split(table.Labels, 0.3, 0, 9);
        var trainTable = table.Take(train);
        var encoding = FeatureEncoding.Fit(trainTable, Features);
        var testRows = encoding.Encode(table.Take(test));

        var model = ModelTrainer.Train(encoding.Encode(trainTable), trainTable.Labels, encoding, new TrainerSpec(trainer, new Dictionary<string, double>()), 1);

        var inMemory = model.Artifact.Score(testRows);
        var reloaded = ModelArtifact.Load(model.Zip).Score(testRows);
        Assert.Equal(reloaded.Select(BitConverter.SingleToInt32Bits), inMemory.Select(BitConverter.SingleToInt32Bits));
    }
}

using MlOps.Functions.Tests.Support;
using MlOps.Pipeline.Envelope;

namespace MlOps.Functions.Tests.Evaluate;

public sealed class BankMarketingTests
{
    [SharedDataFact]
    public async Task Real_bank_marketing_data_trains_through_the_functions_to_a_test_auc_of_at_least_0_80()
    {
        using var h = new MlHarness();
        await h.PutFileAsync("raw/bank-additional-full.csv", RepoPaths.BankFile);
        var config = EnvelopeSerializer.ParseConfig(await File.ReadAllBytesAsync(RepoPaths.Sample("configs/bank-marketing.json")), "bank-marketing.json");

        var validated = await h.InvokeAsync("Validate", MlHarness.NewEnvelope("raw/bank-additional-full.csv", config));
        var trained = await h.InvokeAsync("Train", await h.InvokeAsync("Transform", validated));
        var evaluated = await h.InvokeAsync("Evaluate", trained);

        Assert.Equal(41188, validated.Dataset!.Rows);
        Assert.Equal("74adfc578bf77a7ff4bb1ba4a9f8709d9e3c6907342959c2c8416847e0afb4d8", validated.Dataset.Sha256);
        Assert.True(evaluated.Evaluation!.RocAuc >= 0.80, $"test ROC AUC {evaluated.Evaluation.RocAuc}");
        Assert.Equal("contact", evaluated.Evaluation.Slices!.Value.GetProperty("column").GetString());
    }
}

using System.Text.Json.Nodes;
using MlOps.Functions.Tests.Support;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Tests.SmokeTest;

/// <summary>
/// The whole training chain on the shipped sample data, every step through the handler table, ending with a smoke
/// test that scores test-split rows through Predict's loader and scorer.
/// </summary>
public sealed class TrainingChainSmokeTests : IDisposable
{
    private readonly CoreHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private async Task<PipelineEnvelope> DeployedFromSampleAsync()
    {
        await _harness.Store.PutBytesAsync("raw/customers.csv", await File.ReadAllBytesAsync(RepoPaths.Sample("data/customers.csv")));
        var evt = SampleEvents.Load("s3-put.json");
        evt["Records"]![0]!["s3"]!["object"]!["key"] = "raw/customers.csv";
        evt["Records"]![0]!["s3"]!["object"]!.AsObject().Remove("eTag");
        var prepared = await _harness.InvokeAsync("Prepare", evt.ToJsonString());
        prepared = prepared with
        {
            Config = prepared.Config! with
            {
                Trainer = "FastTree",
                Hyperparameters = new Dictionary<string, double> { ["numberOfTrees"] = 60, ["numberOfLeaves"] = 15, ["learningRate"] = 0.1, ["minimumExampleCountPerLeaf"] = 20 },
            },
        };
        var curated = await _harness.InvokeAsync("Transform", await _harness.InvokeAsync("Validate", prepared));
        var trained = await _harness.InvokeAsync("Train", curated);
        var candidates = curated with { Training = new TrainingSection { Candidates = [trained.Training!] } };
        var gated = await _harness.InvokeAsync("Gate", await _harness.InvokeAsync("Evaluate", candidates));
        Assert.True(gated.Gate!.Passed, string.Join("; ", gated.Gate.Reasons));
        return await _harness.InvokeAsync("Deploy", await _harness.InvokeAsync("Register", gated));
    }

    [Fact]
    public async Task SmokeTest_scores_test_split_rows_of_a_model_trained_from_the_sample_upload()
    {
        var deployed = await DeployedFromSampleAsync();
        Assert.Equal(1, deployed.Deployment!.Version);

        var smoked = await _harness.InvokeAsync("SmokeTest", deployed);

        Assert.True(smoked.SmokeTest!.Passed);
        Assert.Contains(smoked.SmokeTest.Checks, c => c.Contains("test-split rows scored", StringComparison.Ordinal));
        var predictions = smoked.SmokeTest.Predictions!.Value.EnumerateArray().ToList();
        Assert.Equal(5, predictions.Count);
        Assert.All(predictions, p =>
        {
            Assert.InRange(p.GetProperty("probability").GetDouble(), 0, 1);
            Assert.Contains(p.GetProperty("label").GetString(), new[] { "yes", "no" });
        });
        Assert.Equal(
            ["Deploy", "Evaluate", "Gate", "Prepare", "Register", "SmokeTest", "Transform", "Validate"],
            smoked.TimingsMs!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SmokeTest_fails_on_an_unreadable_test_split_and_Rollback_has_nothing_to_restore()
    {
        var deployed = await DeployedFromSampleAsync();
        var manifestKey = deployed.Dataset!.CuratedUri!.Replace($"s3://{CoreHarness.Bucket}/", "", StringComparison.Ordinal).TrimEnd('/') + "/manifest.json";
        var manifest = JsonNode.Parse(await _harness.Store.ReadAllBytesAsync(manifestKey))!;
        var testKey = manifest["test"]!["key"]!.GetValue<string>();
        await _harness.Store.PutBytesAsync(testKey, new byte[] { 1, 2, 3 });

        var error = await Assert.ThrowsAsync<SmokeTestFailedException>(() => _harness.InvokeAsync("SmokeTest", deployed));
        Assert.Contains("test split cannot be read", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<NoPreviousVersionException>(() => _harness.InvokeAsync("Rollback", deployed));
    }
}

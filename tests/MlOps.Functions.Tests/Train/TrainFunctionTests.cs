using MlOps.Functions.Tests.Support;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Tests.Train;

public sealed class TrainFunctionTests
{
    public static TheoryData<string, string> Trainers() => new()
    {
        { "SdcaLogisticRegression", "{\"l2Regularization\":0.001,\"maximumNumberOfIterations\":50}" },
        { "LbfgsLogisticRegression", "{\"l2Regularization\":0.01}" },
        { "FastTree", "{\"numberOfTrees\":50,\"numberOfLeaves\":15,\"learningRate\":0.1,\"minimumExampleCountPerLeaf\":20}" },
        { "LightGbm", "{\"numberOfIterations\":50,\"numberOfLeaves\":15,\"learningRate\":0.1,\"minimumExampleCountPerLeaf\":20}" },
    };

    [Theory]
    [MemberData(nameof(Trainers))]
    public async Task Training_the_same_inputs_twice_gives_the_same_artifact_sha256(string trainer, string hyperparameters)
    {
        using var h = new MlHarness();
        var curated = await CuratedAsync(h, trainer, hyperparameters);

        var first = await h.InvokeAsync("Train", curated);
        var second = await h.InvokeAsync("Train", curated with { Run = curated.Run! with { RunId = "run-2" } });

        Assert.Equal(first.Training!.ArtifactSha256, second.Training!.ArtifactSha256);
        Assert.NotEqual(first.Training.ArtifactUri, second.Training.ArtifactUri);
        var bytes = await h.Store.ReadAllBytesAsync(ObjectUri.Parse(first.Training.ArtifactUri!, "data").Key);
        Assert.Equal(first.Training.ArtifactSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        Assert.InRange(first.Training.Metrics!["validationRocAuc"], 0.70, 1.0);
    }

    [Fact]
    public async Task An_unknown_hyperparameter_is_an_invalid_config_naming_it()
    {
        using var h = new MlHarness();
        var curated = await CuratedAsync(h, "FastTree", "{\"numberOfTrez\":5}");
        var error = await Assert.ThrowsAsync<InvalidConfigException>(() => h.InvokeAsync("Train", curated));
        Assert.Contains("numberOfTrez", error.Message, StringComparison.Ordinal);
    }

    internal static async Task<PipelineEnvelope> CuratedAsync(MlHarness h, string trainer, string hyperparameters, string file = "customers.csv")
    {
        await h.PutFileAsync("raw/" + file, RepoPaths.Sample("data/" + file));
        var envelope = MlHarness.NewEnvelope("raw/" + file);
        var hp = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, double>>(hyperparameters)!;
        envelope = envelope with { Config = envelope.Config! with { Trainer = trainer, Hyperparameters = hp } };
        return await h.InvokeAsync("Transform", await h.InvokeAsync("Validate", envelope));
    }
}

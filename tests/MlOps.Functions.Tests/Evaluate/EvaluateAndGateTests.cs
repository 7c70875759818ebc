using MlOps.Functions.Tests.Support;
using MlOps.Functions.Tests.Train;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Tests.Evaluate;

public sealed class EvaluateAndGateTests
{
    private const string Fast = "{\"numberOfTrees\":60,\"numberOfLeaves\":15,\"learningRate\":0.1,\"minimumExampleCountPerLeaf\":20}";

    internal static async Task<PipelineEnvelope> TrainedAsync(MlHarness h, string file = "customers.csv", string runId = "run-1")
    {
        var curated = await TrainFunctionTests.CuratedAsync(h, "FastTree", Fast, file);
        curated = curated with { Run = curated.Run! with { RunId = runId } };
        var tree = await h.InvokeAsync("Train", curated);
        var linear = await h.InvokeAsync("Train", curated with
        {
            Config = curated.Config! with { Trainer = "LbfgsLogisticRegression", Hyperparameters = new Dictionary<string, double> { ["l2Regularization"] = 0.01 } },
        });
        return curated with { Training = new TrainingSection { Candidates = [tree.Training!, linear.Training!] } };
    }

    [Fact]
    public async Task Evaluate_selects_the_best_validation_candidate_and_reports_test_metrics_and_gate_promotes_without_champion()
    {
        using var h = new MlHarness();
        var trained = await TrainedAsync(h);

        var evaluated = await h.InvokeAsync("Evaluate", trained);
        var gated = await h.InvokeAsync("Gate", evaluated);

        var best = trained.Training!.Candidates!.MaxBy(c => c.Metrics!["validationRocAuc"])!;
        Assert.Equal(best.CandidateId, evaluated.Training!.Selected);
        Assert.Equal(best.ArtifactSha256, evaluated.Training.ArtifactSha256);
        var e = evaluated.Evaluation!;
        Assert.InRange(e.RocAuc!.Value, 0.7, 1.0);
        Assert.InRange(e.PrAuc!.Value, 0.2, 1.0);
        Assert.InRange(e.LiftTopDecile!.Value, 1.5, 10);
        Assert.Equal(10, e.Calibration!.Value.GetProperty("bins").GetArrayLength());
        Assert.Equal("channel", e.Slices!.Value.GetProperty("column").GetString());
        Assert.Equal(4, e.Slices.Value.GetProperty("values").GetArrayLength());
        Assert.Null(e.Champion);
        Assert.True(gated.Gate!.Passed);
        Assert.Equal("promote", gated.Gate.Decision);
        Assert.Contains(gated.Gate.Reasons, r => r.StartsWith("pass: test ROC AUC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gate_rejects_below_the_floor_and_says_why()
    {
        using var h = new MlHarness();
        var evaluated = await h.InvokeAsync("Evaluate", await TrainedAsync(h));
        var strict = evaluated with { Config = evaluated.Config! with { Thresholds = evaluated.Config.Thresholds with { MinRocAuc = 0.99 } } };

        var gated = await h.InvokeAsync("Gate", strict);

        Assert.False(gated.Gate!.Passed);
        Assert.Equal("reject", gated.Gate.Decision);
        Assert.Contains(gated.Gate.Reasons, r => r.Contains("is below the floor 0.9900", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Champion_is_rescored_on_the_same_test_rows_and_the_gate_uses_the_paired_bootstrap()
    {
        using var h = new MlHarness();
        var first = await h.InvokeAsync("Gate", await h.InvokeAsync("Evaluate", await TrainedAsync(h)));
        var deployed = await h.InvokeAsync("Deploy", await h.InvokeAsync("Register", first));
        Assert.NotNull(deployed.Deployment);

        var second = await h.InvokeAsync("Evaluate", await TrainedAsync(h, "customers-v2.csv", "run-2"));
        var gated = await h.InvokeAsync("Gate", second);

        Assert.Equal(deployed.Model!.Version, second.Evaluation!.Champion!.Version);
        Assert.InRange(second.Evaluation.Champion.RocAuc!.Value, 0.6, 1.0);
        var boot = gated.Gate!.Extra!["bootstrap"];
        Assert.Equal(1000, boot.GetProperty("resamples").GetInt32());
        Assert.True(boot.GetProperty("lower").GetDouble() <= boot.GetProperty("difference").GetDouble());
        Assert.Contains(gated.Gate.Reasons, r => r.Contains("paired resamples", StringComparison.Ordinal));
        var again = await h.InvokeAsync("Gate", second);
        Assert.Equal(boot.GetRawText(), again.Gate!.Extra!["bootstrap"].GetRawText());
    }

    [Fact]
    public async Task A_tampered_champion_artifact_is_an_integrity_failure()
    {
        using var h = new MlHarness();
        var first = await h.InvokeAsync("Gate", await h.InvokeAsync("Evaluate", await TrainedAsync(h)));
        var deployed = await h.InvokeAsync("Deploy", await h.InvokeAsync("Register", first));
        var key = ObjectUri.Parse(deployed.Model!.ArtifactUri, MlHarness.Bucket).Key;
        var bytes = await h.Store.ReadAllBytesAsync(key);
        bytes[^10] ^= 0xFF;
        await h.Store.PutBytesAsync(key, bytes);

        var error = await Assert.ThrowsAsync<ArtifactIntegrityFailureException>(async () => await h.InvokeAsync("Evaluate", await TrainedAsync(h, "customers.csv", "run-3")));
        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
    }
}

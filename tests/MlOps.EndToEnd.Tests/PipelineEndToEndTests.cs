using System.Text.Json.Nodes;

namespace MlOps.EndToEnd.Tests;

[Trait("Category", "E2E")]
public sealed class PipelineEndToEndTests(SampleRunFixture sample) : IClassFixture<SampleRunFixture>
{
    [Fact]
    public void Run_SampleOnFreshHome_SucceedsAndDeploysV1()
    {
        var run = sample.First;

        Assert.True(run["status"]!.ToString() == "SUCCEEDED", run.ToJsonString());
        Assert.Equal(1, run["model"]!["version"]!.GetValue<int>());
        Assert.True(run["gate"]!["passed"]!.GetValue<bool>());
        Assert.Equal("production", run["deployment"]!["alias"]!.ToString());
        Assert.InRange(run["evaluation"]!["rocAuc"]!.GetValue<double>(), 0.5, 1.0);
        Assert.True(File.Exists(run["report"]!.ToString()));
        Assert.Contains("<svg", File.ReadAllText(run["report"]!.ToString()), StringComparison.Ordinal);
        Assert.StartsWith("arn:aws:states:us-east-1:123456789012:execution:mlops-training-dev:", run["executionArn"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SameFileAgain_StartsNoNewTraining()
    {
        var again = await Cli.RunJsonAsync(sample.Home, Cli.Sample("customers.csv"));

        Assert.True(again["duplicate"]!.GetValue<bool>());
        Assert.Equal(sample.First["executionArn"]!.ToString(), again["executionArn"]!.ToString());
        var (_, list, _) = await Cli.RunAsync("executions", "list", "--home", sample.Home);
        Assert.Single(list.Trim().Split('\n'), l => l.Contains("mlops-training-dev", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvokePredict_SampleEvent_AnswersWithDeployedVersion()
    {
        var (code, output, error) = await Cli.RunAsync("invoke", "Predict", "-e", Path.Combine(Cli.Repo, "samples", "events", "predict.json"), "--home", sample.Home);

        Assert.True(code == 0, error);
        Assert.Equal(1, Cli.PredictedVersion(output));
    }

    [Fact]
    public async Task ExecutionsHistory_OfTheRun_HasGetExecutionHistoryShape()
    {
        var (code, output, _) = await Cli.RunAsync("executions", "history", sample.First["executionArn"]!.ToString(), "--home", sample.Home);

        Assert.Equal(0, code);
        var events = JsonNode.Parse(output)!["events"]!.AsArray();
        Assert.Equal("ExecutionStarted", events[0]!["type"]!.ToString());
        Assert.Equal("ExecutionSucceeded", events[^1]!["type"]!.ToString());
        Assert.Contains(events, e => e!["type"]!.ToString() == "MapStateEntered");
    }
}

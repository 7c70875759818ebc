namespace MlOps.EndToEnd.Tests;

[Trait("Category", "E2E")]
public sealed class FailureAndRollbackTests
{
    [Fact]
    public async Task Run_CorruptFile_IsQuarantinedAndFailsWithDataContractViolation()
    {
        using var home = new TempHome();

        var run = await Cli.RunJsonAsync(home.Path, Cli.Sample("customers-corrupt.csv"));

        Assert.Equal("FAILED", run["status"]!.ToString());
        Assert.Equal("MlOps.DataContractViolation", run["error"]!.ToString());
        var quarantined = Directory.EnumerateFiles(Path.Combine(home.Path, "buckets"), "*", SearchOption.AllDirectories)
            .Select(f => f.Replace('\\', '/'))
            .Where(f => f.Contains("/quarantine/raw/", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(quarantined, f => f.EndsWith("customers-corrupt.csv", StringComparison.Ordinal));
        Assert.Contains(quarantined, f => f.EndsWith("customers-corrupt.csv.report.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_BetterSecondDataset_DeploysV2_AndRollbackRestoresV1()
    {
        using var home = new TempHome();
        // customers-v2 comes from a later quarter (a regional campaign changed who converts): the model trained on it beats
        // the v1 champion on v2's test split by ~0.046 ROC AUC (paired bootstrap 95 % interval ~[0.030, 0.062]), so the
        // default config (maxRocAucDrop 0.01) promotes it; no --config on either run.
        var first = await Cli.RunJsonAsync(home.Path, Cli.Sample("customers.csv"));
        Assert.Equal(1, first["deployment"]!["version"]!.GetValue<int>());

        var second = await Cli.RunJsonAsync(home.Path, Cli.Sample("customers-v2.csv"));

        Assert.True(second["status"]!.ToString() == "SUCCEEDED", second.ToJsonString());
        Assert.Equal("promote", second["gate"]!["decision"]!.ToString());
        Assert.Equal(2, second["deployment"]!["version"]!.GetValue<int>());
        var (code, output, error) = await Cli.RunAsync("models", "rollback", "--home", home.Path);
        Assert.True(code == 0, error);
        Assert.Equal("production -> v1", output.Trim());
        var (_, predicted, _) = await Cli.RunAsync("invoke", "Predict", "-e", Path.Combine(Cli.Repo, "samples", "events", "predict.json"), "--home", home.Path);
        Assert.Equal(1, Cli.PredictedVersion(predicted));
    }
}

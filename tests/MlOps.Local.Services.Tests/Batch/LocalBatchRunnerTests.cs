using System.Text.Json.Nodes;
using MlOps.Local.Services.Batch;
using MlOps.Local.Services.Errors;

namespace MlOps.Local.Services.Tests.Batch;

public sealed class LocalBatchRunnerTests
{
    private static LocalBatchRunner Create(string home) =>
        new(TestTemplates.Load(TestTemplates.WithRuleAndNotification), home, new MappedCommandResolver(new Dictionary<string, (string, IReadOnlyList<string>)>()), TimeProvider.System);

    [Fact]
    public async Task SubmitJobSyncAsync_RunsCommandWithParametersAndEnvironment_ReturnsJobDescription()
    {
        using var home = new TempHome();
        var marker = Path.Combine(home.Path, "out.txt");
        var request = JsonNode.Parse($$$"""
            {"JobName":"t","JobQueue":"q","JobDefinition":"job",
             "Parameters":{"script":"echo $FROM_DEF-$EXTRA-$MANAGED_BY_AWS > {{{marker}}}"},
             "ContainerOverrides":{"Environment":[{"Name":"EXTRA","Value":"x"}]}}
            """)!.AsObject();

        var job = await Create(home.Path).SubmitJobSyncAsync(request, CancellationToken.None);

        Assert.Equal("SUCCEEDED", job["Status"]!.ToString());
        Assert.Equal(0, job["Container"]!["ExitCode"]!.GetValue<int>());
        Assert.Equal("t", job["JobName"]!.ToString());
        Assert.StartsWith("arn:aws:batch:us-east-1:123456789012:job/", job["JobArn"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal("def-x-STARTED_BY_STEP_FUNCTIONS", File.ReadAllText(marker).Trim());
    }

    [Fact]
    public async Task SubmitJobSyncAsync_NonZeroExit_IsTaskFailedWithJobAsCause()
    {
        using var home = new TempHome();
        var request = JsonNode.Parse("""{"JobName":"t","JobQueue":"q","JobDefinition":"job","Parameters":{"script":"exit 3"}}""")!.AsObject();

        var ex = await Assert.ThrowsAsync<ServiceErrorException>(() => Create(home.Path).SubmitJobSyncAsync(request, CancellationToken.None));

        Assert.Equal("States.TaskFailed", ex.Error);
        var cause = JsonNode.Parse(ex.Cause)!;
        Assert.Equal("FAILED", cause["Status"]!.ToString());
        Assert.Equal(3, cause["Container"]!["ExitCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task SubmitJobSyncAsync_UnknownDefinition_IsClientException()
    {
        using var home = new TempHome();
        var request = JsonNode.Parse("""{"JobName":"t","JobQueue":"q","JobDefinition":"nope"}""")!.AsObject();

        var ex = await Assert.ThrowsAsync<ServiceErrorException>(() => Create(home.Path).SubmitJobSyncAsync(request, CancellationToken.None));

        Assert.Equal("Batch.ClientException", ex.Error);
    }
}

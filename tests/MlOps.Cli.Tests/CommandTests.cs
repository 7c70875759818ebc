using System.Text.Json.Nodes;

namespace MlOps.Cli.Tests;

public sealed class CommandTests
{
    [Fact]
    public async Task Validate_RepositoryTemplate_IsValid()
    {
        using var home = new TempDir();

        var (code, output, err) = await CliRunner.RunAsync("validate", "--home", home.Path);

        Assert.True(code == 0, err);
        Assert.StartsWith("valid: 14 functions, 3 state machines, 1 rules", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eventbridge-s3", "detail-type", "Object Created")]
    [InlineData("s3-put", "Records", null)]
    [InlineData("function-url", "version", "2.0")]
    [InlineData("stepfunctions", "key", "raw/x.csv")]
    public async Task GenerateEvent_PrintsAwsShape(string kind, string field, string? value)
    {
        var (code, output, _) = await CliRunner.RunAsync("generate-event", kind, "--key", "raw/x.csv");

        Assert.Equal(0, code);
        var node = JsonNode.Parse(output)!;
        Assert.NotNull(node[field]);
        if (value is not null)
        {
            Assert.Equal(value, node[field]!.ToString());
        }
    }

    [Fact]
    public async Task Executions_EmptyHome_ListsNothing()
    {
        using var home = new TempDir();

        var (code, output, _) = await CliRunner.RunAsync("executions", "list", "--home", home.Path);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task StartExecution_DriftMonitorWithoutModel_FailsWithFunctionError()
    {
        using var home = new TempDir();

        var (code, output, _) = await CliRunner.RunAsync("start-execution", "DriftMonitor", "--home", home.Path, "--name", "d1");
        var record = JsonNode.Parse(output)!;

        Assert.Equal(1, code);
        Assert.Equal("FAILED", record["status"]!.ToString());
        var (listCode, list, _) = await CliRunner.RunAsync("executions", "list", "--home", home.Path);
        Assert.Equal(0, listCode);
        Assert.Contains("d1", list, StringComparison.Ordinal);
        var (historyCode, history, historyErr) = await CliRunner.RunAsync("executions", "history", "d1", "--home", home.Path);
        Assert.True(historyCode == 0, historyErr);
        Assert.Equal("ExecutionStarted", JsonNode.Parse(history)!["events"]![0]!["type"]!.ToString());
    }
}

namespace MlOps.Local.Services.Tests.Api;

/// <summary>The real AWS CLI against the local Step Functions API: what a user types with <c>--endpoint-url</c>.</summary>
public sealed class AwsCliTests
{
    [AwsCliFact]
    public async Task Aws_cli_lists_machines_starts_an_execution_and_reads_it_back()
    {
        await using var api = await ApiCloud.StartAsync();
        var endpoint = api.Server.Endpoint;

        var (listCode, machines, listError) = await AwsCli.StepFunctionsAsync(endpoint, "list-state-machines");
        var (startCode, started, startError) = await AwsCli.StepFunctionsAsync(endpoint, "start-execution",
            "--state-machine-arn", api.Arn("Simple"), "--name", "from-cli", "--input", "{\"n\":5}");
        var arn = started?["executionArn"]?.ToString() ?? "";
        await api.Cloud.WaitAsync(arn);
        var (describeCode, described, describeError) = await AwsCli.StepFunctionsAsync(endpoint, "describe-execution", "--execution-arn", arn);
        var (missingCode, _, missingError) = await AwsCli.StepFunctionsAsync(endpoint, "describe-execution", "--execution-arn", arn + "-nope");

        Assert.True(listCode == 0, listError);
        Assert.Contains(machines!["stateMachines"]!.AsArray(), m => m!["name"]!.ToString() == "simple");
        Assert.True(startCode == 0, startError);
        Assert.True(describeCode == 0, describeError);
        Assert.Equal("SUCCEEDED", described!["status"]!.ToString());
        Assert.Contains("\"doubled\":10", described["output"]!.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(0, missingCode);
        Assert.Contains("ExecutionDoesNotExist", missingError, StringComparison.Ordinal);
    }
}

using System.Text.Json.Nodes;

namespace MlOps.Local.Services.Tests.Api;

/// <summary>The Step Functions API over HTTP, as an SDK calls it (AWS JSON 1.0).</summary>
public sealed class StepFunctionsApiTests
{
    [Fact]
    public async Task StartExecution_then_Describe_History_and_List_show_the_run_in_AWS_shapes()
    {
        await using var api = await ApiCloud.StartAsync();

        var (status, started) = await api.CallAsync("StartExecution", new JsonObject { ["stateMachineArn"] = api.Arn("Simple"), ["name"] = "e1", ["input"] = "{\"n\":21}" });
        var arn = started["executionArn"]!.ToString();
        await api.Cloud.WaitAsync(arn);
        var (_, described) = await api.CallAsync("DescribeExecution", new JsonObject { ["executionArn"] = arn });
        var (_, history) = await api.CallAsync("GetExecutionHistory", new JsonObject { ["executionArn"] = arn });
        var (_, listed) = await api.CallAsync("ListExecutions", new JsonObject { ["stateMachineArn"] = api.Arn("Simple") });

        Assert.Equal(200, status);
        Assert.EndsWith(":simple:e1", arn, StringComparison.Ordinal);
        Assert.Equal("SUCCEEDED", described["status"]!.ToString());
        Assert.Equal(42, JsonNode.Parse(described["output"]!.ToString())!["doubled"]!.GetValue<int>());
        Assert.True(described["stopDate"]!.GetValue<double>() >= described["startDate"]!.GetValue<double>());
        var events = history["events"]!.AsArray();
        Assert.Equal("ExecutionStarted", events[0]!["type"]!.ToString());
        Assert.Equal("ExecutionSucceeded", events[^1]!["type"]!.ToString());
        Assert.Equal(Enumerable.Range(1, events.Count), events.Select(e => e!["id"]!.GetValue<int>()));
        Assert.All(events, e => Assert.True(e!["timestamp"]!.GetValue<double>() > 1e9));
        Assert.Equal(arn, Assert.Single(listed["executions"]!.AsArray())!["executionArn"]!.ToString());
    }

    [Fact]
    public async Task SendTaskSuccess_through_the_API_resumes_a_waiting_execution()
    {
        await using var api = await ApiCloud.StartAsync();
        var (_, started) = await api.CallAsync("StartExecution", new JsonObject { ["stateMachineArn"] = api.Arn("Approve"), ["input"] = "{}" });
        var arn = started["executionArn"]!.ToString();
        string? token = null;
        for (var i = 0; i < 100_000 && token is null; i++)
        {
            var pending = api.Cloud.Mailbox.ListPending();
            token = pending.Count > 0 ? pending[0]["taskToken"]?.ToString() : null;
            await Task.Yield();
        }

        var (status, _) = await api.CallAsync("SendTaskSuccess", new JsonObject { ["taskToken"] = token, ["output"] = "{\"decision\":\"Approved\"}" });
        var record = await api.Cloud.WaitAsync(arn);

        Assert.Equal(200, status);
        Assert.Equal("SUCCEEDED", record.Status);
        Assert.Equal("Approved", JsonNode.Parse(record.Output!)!["approval"]!["decision"]!.ToString());
    }

    [Theory]
    [InlineData("Nonsense", "{}", "UnknownOperationException")]
    [InlineData("DescribeExecution", "{\"executionArn\":\"arn:aws:states:us-east-1:123456789012:execution:simple:none\"}", "ExecutionDoesNotExist")]
    [InlineData("StartExecution", "{\"stateMachineArn\":\"arn:aws:states:us-east-1:123456789012:stateMachine:missing\"}", "StateMachineDoesNotExist")]
    [InlineData("StartExecution", "{\"stateMachineArn\":\"Simple\",\"input\":\"{not json\"}", "InvalidExecutionInput")]
    [InlineData("SendTaskSuccess", "{\"taskToken\":\"no-such-token\",\"output\":\"{}\"}", "TaskDoesNotExist")]
    [InlineData("DescribeExecution", "[1,2", "SerializationException")]
    [InlineData("GetExecutionHistory", "{}", "ValidationException")]
    public async Task Bad_requests_get_400_with_AWS_error_type(string operation, string body, string expected)
    {
        await using var api = await ApiCloud.StartAsync();

        var (status, error) = await api.CallAsync(operation, body);

        Assert.Equal(400, status);
        Assert.Equal(expected, error["__type"]!.ToString());
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.ToString()));
    }

    [Fact]
    public async Task A_name_reused_with_the_same_input_is_the_same_execution_and_with_another_is_refused()
    {
        await using var api = await ApiCloud.StartAsync();
        var start = new JsonObject { ["stateMachineArn"] = api.Arn("Simple"), ["name"] = "same", ["input"] = "{\"n\":1}" };

        var (_, first) = await api.CallAsync("StartExecution", start);
        await api.Cloud.WaitAsync(first["executionArn"]!.ToString());
        var (again, second) = await api.CallAsync("StartExecution", start);
        start["input"] = "{\"n\":2}";
        var (clash, error) = await api.CallAsync("StartExecution", start);

        Assert.Equal(200, again);
        Assert.Equal(first["executionArn"]!.ToString(), second["executionArn"]!.ToString());
        Assert.Equal(400, clash);
        Assert.Equal("ExecutionAlreadyExists", error["__type"]!.ToString());
    }
}

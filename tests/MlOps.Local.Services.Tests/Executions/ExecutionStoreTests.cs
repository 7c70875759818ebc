using System.Text.Json.Nodes;
using MlOps.Local.Services.Executions;

namespace MlOps.Local.Services.Tests.Executions;

public sealed class ExecutionStoreTests
{
    private const string Machine = "arn:aws:states:us-east-1:123456789012:stateMachine:pipeline";

    [Fact]
    public void Save_ThenFindAndList_RoundTripsDescribeShape()
    {
        using var home = new TempHome();
        var store = new ExecutionStore(home.Path);
        var arn = ExecutionStore.ArnOf(Machine, "run-1");

        store.Save(new ExecutionRecord { ExecutionArn = arn, StateMachineArn = Machine, Name = "run-1", Status = "SUCCEEDED", StartDate = DateTimeOffset.UnixEpoch, Output = "{}" });
        store.SaveHistory(arn, [new JsonObject { ["id"] = 1, ["type"] = "ExecutionStarted" }]);

        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:pipeline:run-1", arn);
        Assert.Equal("SUCCEEDED", store.Find(arn)!.Status);
        Assert.Single(store.List(Machine));
        Assert.Empty(store.List(Machine + "-other"));
        Assert.Equal("ExecutionStarted", store.History(arn)![0]!["type"]!.ToString());
    }

    [Fact]
    public void Find_UnknownExecution_IsNull()
    {
        using var home = new TempHome();

        Assert.Null(new ExecutionStore(home.Path).Find(ExecutionStore.ArnOf(Machine, "nope")));
    }

    [Fact]
    public void Find_NotAnExecutionArn_IsRejected()
    {
        using var home = new TempHome();

        Assert.Throws<ArgumentException>(() => new ExecutionStore(home.Path).Find("arn:aws:states:us-east-1:1:stateMachine:x"));
    }

    [Theory]
    [InlineData("data", "raw/customers.csv", "abc")]
    [InlineData("data", "raw/a very long name with spaces and ünïcode and more text than fits into eighty characters.csv", "\"abc\"")]
    public void FromObject_IsValidAndDeterministic(string bucket, string key, string etag)
    {
        var name = ExecutionNames.FromObject(bucket, key, etag);

        Assert.True(ExecutionNames.IsValid(name), name);
        Assert.Equal(name, ExecutionNames.FromObject(bucket, key, etag.Trim('"')));
        Assert.NotEqual(name, ExecutionNames.FromObject(bucket, key, "other"));
    }
}

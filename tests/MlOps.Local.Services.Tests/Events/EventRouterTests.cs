using System.Text.Json.Nodes;
using MlOps.Local.Services.Events;
using MlOps.Local.Services.Storage;

namespace MlOps.Local.Services.Tests.Events;

public sealed class EventRouterTests
{
    private sealed class RecordingTargets : IEventTargets
    {
        public HashSet<string> Names { get; } = [];

        public List<(string Arn, JsonNode Input)> Executions { get; } = [];

        public List<(string Arn, JsonNode Payload)> Invocations { get; } = [];

        public Task<(string ExecutionArn, bool Started)> StartExecutionAsync(string stateMachineArn, string name, JsonNode input, CancellationToken cancellationToken)
        {
            var started = Names.Add(name);
            if (started)
            {
                Executions.Add((stateMachineArn, input));
            }

            return Task.FromResult(($"{stateMachineArn}:{name}", started));
        }

        public Task InvokeFunctionAsync(string functionArn, JsonNode payload, CancellationToken cancellationToken)
        {
            Invocations.Add((functionArn, payload));
            return Task.CompletedTask;
        }
    }

    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static (EventRouter Router, RecordingTargets Targets) Create()
    {
        var targets = new RecordingTargets();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now);
        return (new EventRouter(TestTemplates.Load(TestTemplates.WithRuleAndNotification), targets, clock), targets);
    }

    [Fact]
    public async Task ObjectCreatedAsync_UnderRaw_StartsMachineWithEventBridgeEvent()
    {
        var (router, targets) = Create();

        var dispatches = await router.ObjectCreatedAsync(new StoredObject("data", "raw/customers.csv", "abc", 10, Now));

        var dispatch = Assert.Single(dispatches);
        Assert.True(dispatch.Started);
        var (arn, input) = Assert.Single(targets.Executions);
        Assert.EndsWith(":stateMachine:pipeline", arn, StringComparison.Ordinal);
        Assert.Equal("Object Created", input["detail-type"]!.ToString());
        Assert.Equal("raw/customers.csv", input["detail"]!["object"]!["key"]!.ToString());
        Assert.Equal("abc", input["detail"]!["object"]!["etag"]!.ToString());
        Assert.Equal("2026-01-02T03:04:05Z", input["time"]!.ToString());
    }

    [Fact]
    public async Task ObjectCreatedAsync_SameObjectTwice_StartsNothingNew()
    {
        var (router, targets) = Create();
        var obj = new StoredObject("data", "raw/customers.csv", "abc", 10, Now);

        await router.ObjectCreatedAsync(obj);
        var second = await router.ObjectCreatedAsync(obj);

        Assert.False(Assert.Single(second).Started);
        Assert.Single(targets.Executions);
    }

    [Fact]
    public async Task ObjectCreatedAsync_NewContentSameKey_StartsAgain()
    {
        var (router, targets) = Create();

        await router.ObjectCreatedAsync(new StoredObject("data", "raw/customers.csv", "abc", 10, Now));
        await router.ObjectCreatedAsync(new StoredObject("data", "raw/customers.csv", "def", 10, Now));

        Assert.Equal(2, targets.Executions.Count);
    }

    [Fact]
    public async Task ObjectCreatedAsync_OutsidePrefix_StartsNothing()
    {
        var (router, targets) = Create();

        Assert.Empty(await router.ObjectCreatedAsync(new StoredObject("data", "curated/x.csv", "abc", 10, Now)));
        Assert.Empty(targets.Executions);
    }

    [Fact]
    public async Task ObjectCreatedAsync_NotificationSuffix_InvokesFunctionWithS3Records()
    {
        var (router, targets) = Create();

        await router.ObjectCreatedAsync(new StoredObject("data", "config/pipeline.json", "abc", 3, Now));

        var (arn, payload) = Assert.Single(targets.Invocations);
        Assert.EndsWith(":function:mlops-local-Hook", arn, StringComparison.Ordinal);
        Assert.Equal("ObjectCreated:Put", payload["Records"]![0]!["eventName"]!.ToString());
        Assert.Equal("config/pipeline.json", payload["Records"]![0]!["s3"]!["object"]!["key"]!.ToString());
    }
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using MlOps.StepFunctions.Integrations;

namespace MlOps.StepFunctions.Tests.Evaluation;

public sealed class TaskTimeoutTests
{
    private const string Definition = """
        {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
          "Parameters":{"FunctionName":"f","Payload":{"t.$":"$$.Task.Token"}},"TimeoutSeconds":100,"HeartbeatSecondsPath":"$.hb","End":true}}}
        """;

    [Theory]
    [InlineData(10, 11, "States.HeartbeatTimeout")]
    [InlineData(1000, 101, "States.Timeout")]
    public async Task WaitForTaskToken_WithoutCallback_TimesOutOnTheEngineClock(int heartbeat, int advanceSeconds, string error)
    {
        var clock = new FakeTimeProvider(TestEngine.Start);
        var engine = new StepFunctionsEngine(new EngineOptions
        {
            Handlers = IdentityLambdaHandler.RegisterOn(new ResourceHandlerRegistry()),
            Clock = clock,
        });
        var definition = heartbeat >= 100 ? Definition.Replace(",\"HeartbeatSecondsPath\":\"$.hb\"", "", StringComparison.Ordinal) : Definition;
        var execution = engine.Load(definition).Start(new JsonObject { ["hb"] = heartbeat });
        // Step the fake clock until the execution gives up; no real waiting.
        for (var step = 0; step < advanceSeconds * 1000 && !execution.Completion.IsCompleted; step++)
        {
            if (execution.History.Any(e => e.Type == "TaskStarted"))
            {
                clock.Advance(TimeSpan.FromMilliseconds(100));
            }

            await Task.Yield();
        }

        var result = await execution.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(clock.GetUtcNow() - TestEngine.Start >= TimeSpan.FromSeconds(advanceSeconds - 1));
        Assert.Equal(error, result.Error);
    }
}

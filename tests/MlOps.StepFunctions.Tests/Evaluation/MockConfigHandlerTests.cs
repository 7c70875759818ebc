using System.Text.Json.Nodes;
using MlOps.StepFunctions.Integrations;

namespace MlOps.StepFunctions.Tests.Evaluation;

public sealed class MockConfigHandlerTests
{
    private const string Config = """
        {"StateMachines":{"Machine":{"TestCases":{"FlakyThenOk":{"Train":"TrainFlaky"}}}},
         "MockedResponses":{"TrainFlaky":{"0-1":{"Throw":{"Error":"Lambda.ServiceException","Cause":"busy"}},"2":{"Return":{"model":"m1"}}}}}
        """;

    [Fact]
    public async Task MockConfig_FailsTwiceThenSucceeds_DrivesRetry()
    {
        var handler = MockConfigHandler.FromJson(Config, "Machine", "FlakyThenOk");
        var handlers = new ResourceHandlerRegistry().Register("arn:", handler,
            IntegrationPattern.RequestResponse | IntegrationPattern.Sync | IntegrationPattern.Sync2 | IntegrationPattern.WaitForTaskToken);
        var (result, execution) = await TestEngine.RunAsync("""
            {"StartAt":"Train","States":{"Train":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Retry":[{"ErrorEquals":["Lambda.ServiceException"],"MaxAttempts":3,"IntervalSeconds":2}],"End":true}}}
            """, "{}", handlers);
        Assert.Equal("""{"model":"m1"}""", TestEngine.Json(result.Output));
        Assert.Equal(2, execution.History.Count(e => e.Type == "TaskFailed"));
    }

    [Fact]
    public async Task MockConfig_StateWithoutMock_UsesFallback()
    {
        var handler = MockConfigHandler.FromJson(Config, "Machine", "FlakyThenOk", new IdentityLambdaHandler());
        var result = await handler.InvokeAsync(new TaskRequest
        {
            Resource = "arn:aws:lambda:us-east-1:1:function:f", RawResource = "arn:aws:lambda:us-east-1:1:function:f",
            Pattern = IntegrationPattern.RequestResponse, Parameters = new JsonObject { ["a"] = 1 }, StateName = "Other",
            ExecutionArn = "arn", Clock = TimeProvider.System,
        }, default);
        Assert.Equal("""{"a":1}""", TestEngine.Json(result.Output));
    }
}

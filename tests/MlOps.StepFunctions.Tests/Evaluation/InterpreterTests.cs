using System.Text.Json.Nodes;
using MlOps.StepFunctions.Integrations;

namespace MlOps.StepFunctions.Tests.Evaluation;

public sealed class InterpreterTests
{
    private const string FnArn = "arn:aws:lambda:us-east-1:111111111111:function:f";

    [Fact]
    public async Task Pass_DataFlow_AppliesPathsInOrder()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":"$.in","Parameters":{"v.$":"$.x","lit":1},
              "ResultPath":"$.res","OutputPath":"$.res","End":true}}}
            """, """{"in":{"x":5}}""");
        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"v":5,"lit":1}""", TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task Pass_ParameterPathMissing_FailsWithStatesRuntimeAndEventId()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"v.$":"$.nope"},"End":true}}}
            """, """{"a":1}""");
        Assert.Equal("States.Runtime", result.Error);
        Assert.Equal("An error occurred while executing the state 'P' (entered at the event id #2). The JSONPath '$.nope' specified for the field 'v.$' could not be found in the input '{\"a\":1}'", result.Cause);
    }

    [Fact]
    public async Task Retry_ThenCatch_RoutesErrorOutputToResultPath()
    {
        var handlers = new ResourceHandlerRegistry().Register("arn:aws:lambda:", new FailingHandler("Boom", "bad"));
        var (result, execution) = await TestEngine.RunAsync($$$$"""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"{{{{FnArn}}}}",
              "Retry":[{"ErrorEquals":["Boom"],"MaxAttempts":2,"IntervalSeconds":1}],
              "Catch":[{"ErrorEquals":["States.TaskFailed"],"ResultPath":"$.err","Next":"Done"}],"End":true},
              "Done":{"Type":"Pass","End":true}}}
            """, """{"k":1}""", handlers);
        Assert.Equal("""{"k":1,"err":{"Error":"Boom","Cause":"bad"}}""", TestEngine.Json(result.Output));
        Assert.Equal(3, execution.History.Count(e => e.Type == "LambdaFunctionFailed"));
    }

    [Fact]
    public async Task Catch_StatesAll_DoesNotCatchStatesRuntime()
    {
        var (result, _) = await TestEngine.RunAsync($$$$"""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"{{{{FnArn}}}}","OutputPath":"$.no.such",
              "Catch":[{"ErrorEquals":["States.ALL"],"Next":"C"}],"End":true},"C":{"Type":"Succeed"}}}
            """);
        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
    }

    [Fact]
    public async Task Variables_AssignTakesEffectAfterState_AndMapChildrenReadOuterScope()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Result":{"n":2},"ResultPath":null,"Assign":{"x.$":"$.n","y":"lit"},"Next":"B"},
              "B":{"Type":"Pass","Parameters":{"x.$":"$x"},"Assign":{"x":99},"ResultPath":"$.b","Next":"M"},
              "M":{"Type":"Map","ItemsPath":"$.items","ItemSelector":{"v.$":"$$.Map.Item.Value","y.$":"$y"},
                   "ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"ResultPath":"$.out","End":true}}}
            """, """{"items":[1,2]}""");
        Assert.Equal("""{"x":2}""", TestEngine.Json(result.Output!["b"]));
        Assert.Equal("""[{"v":1,"y":"lit"},{"v":2,"y":"lit"}]""", TestEngine.Json(result.Output!["out"]));
    }

    [Fact]
    public async Task Wait_UsesVirtualClock_AndRecordsAdvancedTime()
    {
        var (result, execution) = await TestEngine.RunAsync("""
            {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":3600,"Next":"P"},"P":{"Type":"Pass","Parameters":{"t.$":"$$.State.EnteredTime"},"End":true}}}
            """);
        Assert.Equal("2024-01-01T01:00:00.000Z", result.Output!["t"]!.GetValue<string>());
        Assert.Equal(TestEngine.Start.AddHours(1), execution.History[^1].Timestamp);
    }

    [Theory]
    [InlineData("1.5", "The SecondsPath parameter cannot be parsed as a long value: $.s == 1.5")]
    [InlineData("-1", "The SecondsPath parameter references a negative value: $.s == -1")]
    public async Task Wait_BadSecondsPath_FailsWithAwsCause(string seconds, string detail)
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.s","End":true}}}
            """, "{\"s\":" + seconds + "}");
        Assert.Equal("An error occurred while executing the state 'W' (entered at the event id #2). " + detail, result.Cause);
    }

    [Fact]
    public async Task Parallel_BranchesGetSameInput_OutputIsArray()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"a.$":"$.v"},"End":true}}},
              {"StartAt":"B","States":{"B":{"Type":"Pass","Result":"b","End":true}}}]}}}
            """, """{"v":7}""");
        Assert.Equal("""[{"a":7},"b"]""", TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task Fail_ErrorPathAndCausePath_ReadFromInput()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"StartAt":"F","States":{"F":{"Type":"Fail","ErrorPath":"$.e","CausePath":"$$.State.Name"}}}
            """, """{"e":"MyError"}""");
        Assert.Equal(("MyError", "F"), (result.Error, result.Cause));
    }

    [Fact]
    public async Task Choice_NoMatchWithoutDefault_FailsWithNoChoiceMatched()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.x","NumericEquals":1,"Next":"D"}]},"D":{"Type":"Succeed"}}}
            """, """{"x":2}""");
        Assert.Equal("States.NoChoiceMatched", result.Error);
    }

    [Fact]
    public async Task History_NumbersEventsLikeGetExecutionHistory()
    {
        var (_, execution) = await TestEngine.RunAsync($$$$"""
            {"StartAt":"P","States":{"P":{"Type":"Pass","Next":"T"},"T":{"Type":"Task","Resource":"{{{{FnArn}}}}","End":true}}}
            """);
        Assert.Equal(
            ["ExecutionStarted", "PassStateEntered", "PassStateExited", "TaskStateEntered", "LambdaFunctionScheduled",
             "LambdaFunctionStarted", "LambdaFunctionSucceeded", "TaskStateExited", "ExecutionSucceeded"],
            execution.History.Select(e => e.Type));
        Assert.Equal(Enumerable.Range(1, 9).Select(i => (long)i), execution.History.Select(e => e.Id));
    }

    [Fact]
    public async Task LambdaInvoke_ReturnsInvokeEnvelope()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Parameters":{"FunctionName":"f","Payload":{"a":1}},"ResultSelector":{"p.$":"$.Payload","s.$":"$.StatusCode"},"End":true}}}
            """);
        Assert.Equal("""{"p":{"a":1},"s":200}""", TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task WaitForTaskToken_CompletesOnSendTaskSuccess()
    {
        var engine = TestEngine.Create();
        var machine = engine.Load("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
              "Parameters":{"FunctionName":"f","Payload":{"token.$":"$$.Task.Token"}},"End":true}}}
            """);
        var execution = machine.Start(new JsonObject());
        while (!execution.History.Any(e => e.Type == "TaskStarted"))
        {
            await Task.Yield();
        }

        var scheduled = execution.History.First(e => e.Type == "TaskScheduled");
        var token = JsonNode.Parse(scheduled.Details!["parameters"]!.GetValue<string>())!["Payload"]!["token"]!.GetValue<string>();
        SpinUntilWaiting(engine, token);
        var result = await execution.Completion;
        Assert.Equal("""{"done":true}""", TestEngine.Json(result.Output));
    }

    private static void SpinUntilWaiting(StepFunctionsEngine engine, string token)
    {
        while (true)
        {
            try
            {
                engine.SendTaskSuccess(token, new JsonObject { ["done"] = true });
                return;
            }
            catch (KeyNotFoundException)
            {
                Thread.Yield();
            }
        }
    }

    private sealed class FailingHandler(string error, string cause) : IResourceHandler
    {
        public ValueTask<TaskOutcome> InvokeAsync(TaskRequest request, CancellationToken cancellationToken) =>
            ValueTask.FromResult(TaskOutcome.Failed(error, cause));
    }
}

using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Tests.Evaluation;

public sealed class ExpressExecutionTests
{
    private const string QueryContext = """
        {"StartAt":"Q","States":{"Q":{"Type":"Pass","Parameters":{"execution.$":"$$.Execution"},"End":true}}}
        """;

    [Fact]
    public async Task Express_execution_has_an_express_arn_and_no_RedriveCount_in_the_context()
    {
        var machine = TestEngine.Create().Load(QueryContext, "Machine");
        var execution = machine.Start(JsonNode.Parse("{}"), new ExecutionOptions { ExecutionName = "e1", Express = true });
        var result = await execution.Completion;

        var context = result.Output!["execution"]!.AsObject();
        Assert.StartsWith("arn:aws:states:", execution.Arn, StringComparison.Ordinal);
        Assert.Contains(":express:Machine:e1:", execution.Arn, StringComparison.Ordinal);
        Assert.Equal(execution.Arn, context["Id"]!.GetValue<string>());
        Assert.False(context.ContainsKey("RedriveCount"));
    }

    [Fact]
    public async Task Standard_execution_has_an_execution_arn_and_RedriveCount_zero()
    {
        var (result, execution) = await TestEngine.RunAsync(QueryContext);

        Assert.EndsWith(":execution:Machine:exec-1", execution.Arn, StringComparison.Ordinal);
        Assert.Equal(0, result.Output!["execution"]!["RedriveCount"]!.GetValue<int>());
    }
}

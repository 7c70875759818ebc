using System.Text.Json.Nodes;
using MlOps.StepFunctions.Integrations;

namespace MlOps.StepFunctions.Tests;

/// <summary>Helpers to run a definition with the identity Lambda double and a fixed virtual clock.</summary>
internal static class TestEngine
{
    public static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static StepFunctionsEngine Create(ResourceHandlerRegistry? handlers = null) => new(new EngineOptions
    {
        Handlers = handlers ?? IdentityLambdaHandler.RegisterOn(new ResourceHandlerRegistry()),
        Clock = new FixedClock(Start),
        VirtualTime = true,
        RandomSeed = 1,
    });

    public static async Task<(ExecutionResult Result, Execution Execution)> RunAsync(string definition, string input = "{}",
        ResourceHandlerRegistry? handlers = null)
    {
        var machine = Create(handlers).Load(definition, "Machine");
        var execution = machine.Start(JsonNode.Parse(input), new ExecutionOptions { ExecutionName = "exec-1" });
        var result = await execution.Completion;
        return (result, execution);
    }

    public static string Json(JsonNode? node) => node is null ? "null" : node.ToJsonString();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

using System.Text.Json.Nodes;
using MlOps.StepFunctions.Model;

namespace MlOps.StepFunctions.Evaluation;

internal sealed partial class ExecutionRun
{
    /// <summary>
    /// Runs a pure graph (see <see cref="MapPlan.IsPure"/>) without the async machinery: its states never wait, and a
    /// speculative Map runs this once per item. Same entry/exit steps as <see cref="RunGraphAsync"/>; nested Map and
    /// Parallel states go through the general path (they complete at once too).
    /// </summary>
    private JsonNode? RunPureGraph(StateGraph graph, JsonNode? input, VariableScope variables, StateScope scope)
    {
        RuntimeHelpersGuard();
        var state = graph.States[graph.StartAt];
        var first = true;
        while (true)
        {
            scope = EnterState(state, input, scope, ref first, variables, null);
            var (output, next) = state switch
            {
                PassState pass => ExecutePass(pass, input, scope),
                ChoiceState choice => ExecuteChoice(choice, input, scope),
                SucceedState => (ApplyOutputPath(scope, state, ApplyInputPath(scope, state, input)), null),
                FailState fail => throw FailError(fail, input, scope),
                _ => Completed(ExecuteWithErrorHandlingAsync(state, input, scope)),
            };
            ExitState(state, output, scope);
            if (next is null)
            {
                return output;
            }

            input = output;
            state = graph.States[next];
        }
    }

    private static (JsonNode?, string?) Completed(ValueTask<(JsonNode? Output, string? Next)> run) =>
        run.IsCompleted ? run.GetAwaiter().GetResult() : throw new InvalidOperationException("a pure state did not complete synchronously");
}

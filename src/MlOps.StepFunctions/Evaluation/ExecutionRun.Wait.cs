using System.Text.Json.Nodes;
using MlOps.StepFunctions.Choice;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Model;

namespace MlOps.StepFunctions.Evaluation;

internal sealed partial class ExecutionRun
{
    private async Task<(JsonNode?, string?)> ExecuteWaitAsync(WaitState wait, JsonNode? input, StateScope scope)
    {
        var effective = ApplyInputPath(scope, wait, input);
        scope.Current = effective;
        TimeSpan delay;
        if (wait.Seconds is { } seconds)
        {
            delay = TimeSpan.FromSeconds(seconds);
        }
        else if (wait.Timestamp is { } ts)
        {
            delay = ts - Now;
        }
        else if (wait.SecondsPath is { } sp)
        {
            if (!scope.TryResolve(sp, out var value))
            {
                throw scope.Runtime("The SecondsPath parameter does not reference an input value: " + sp.Text);
            }

            if (!JsonValues.TryGetLong(value, out var n))
            {
                throw scope.Runtime("The SecondsPath parameter cannot be parsed as a long value: " + sp.Text + " == " + Raw(value));
            }

            if (n < 0)
            {
                throw scope.Runtime("The SecondsPath parameter references a negative value: " + sp.Text + " == " + Raw(value));
            }

            delay = TimeSpan.FromSeconds(n);
        }
        else
        {
            var tp = wait.TimestampPath!;
            if (!scope.TryResolve(tp, out var value))
            {
                throw scope.Runtime("The TimestampPath parameter does not reference an input value: " + tp.Text);
            }

            if (!JsonValues.TryGetString(value, out var text) || !Timestamps.TryParse(text, out var at))
            {
                throw scope.Runtime("The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: "
                                    + tp.Text + " == " + Raw(value));
            }

            delay = at - Now;
        }

        await DelayAsync(delay).ConfigureAwait(false);
        JsonNode? assigned = null;
        if (wait.Assign is not null)
        {
            scope.Current = effective;
            assigned = wait.Assign.Evaluate(scope);
        }

        var output = ApplyOutputPath(scope, wait, effective);
        ApplyAssignments(scope, assigned);
        return (output, wait.Next);
    }

    private static string Raw(JsonNode? value) => JsonValues.TryGetString(value, out var s) ? s : JsonValues.ToJson(value);
}

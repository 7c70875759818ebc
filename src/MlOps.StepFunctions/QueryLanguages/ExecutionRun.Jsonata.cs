using System.Text.Json.Nodes;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Model;
using MlOps.StepFunctions.QueryLanguages;

namespace MlOps.StepFunctions.Evaluation;

/// <summary>The JSONata dialect: Arguments → (work) → Assign and Output, with <c>$states</c>.</summary>
internal sealed partial class ExecutionRun
{
    private ValueTask<(JsonNode? Output, string? Next)> ExecuteJsonataAsync(StateNode state, JsonNode? input, StateScope scope) =>
        state switch
        {
            PassState pass => new(FinishJsonata(pass, scope, NewEvaluator(scope, input), pass.HasResult ? pass.Result?.DeepClone() : input, pass.Next)),
            ChoiceState choice => new(ExecuteJsonataChoice(choice, input, scope)),
            WaitState wait => new(ExecuteJsonataWaitAsync(wait, input, scope)),
            SucceedState => new(FinishJsonata(state, scope, NewEvaluator(scope, input), input, null)),
            FailState fail => throw JsonataFailError(fail, input, scope),
            TaskState task => new(ExecuteJsonataTaskAsync(task, input, scope)),
            ParallelState parallel => new(ExecuteJsonataParallelAsync(parallel, input, scope)),
            MapState map => new(ExecuteJsonataMapAsync(map, input, scope)),
            _ => throw new InvalidOperationException("unknown state type " + state.Type),
        };

    internal JsonataEvaluator NewJsonataEvaluator(StateScope scope, JsonNode? input) => NewEvaluator(scope, input);

    private JsonataEvaluator NewEvaluator(StateScope scope, JsonNode? input, JsonObject? context = null) =>
        new(scope, input, Options.Jsonata, (cause, field) => History.Add("EvaluationFailed", () => new JsonObject
        {
            ["error"] = StatesErrorNames.QueryEvaluationError,
            ["cause"] = cause,
            ["location"] = field,
            ["state"] = scope.State.Name,
        }), context);

    /// <summary>Assign and Output are both evaluated against the values at state entry; the variables change last.</summary>
    private static (JsonNode?, string?) FinishJsonata(StateNode state, StateScope scope, JsonataEvaluator evaluator, JsonNode? defaultOutput,
        string? next, JsonObject? definition = null, string fieldPrefix = "")
    {
        var def = definition ?? state.Raw;
        JsonNode? assigned = null;
        if (def.TryGetPropertyValue("Assign", out var assign))
        {
            assigned = assign is JsonObject ? evaluator.Template(assign, fieldPrefix + "Assign") : evaluator.Field(assign, fieldPrefix + "Assign");
        }

        var output = def.TryGetPropertyValue("Output", out var o) ? evaluator.Template(o, fieldPrefix + "Output") : defaultOutput;
        ApplyAssignments(scope, assigned);
        return (output, next);
    }

    /// <summary>A JSONata catcher: its Output (default: the error output) and Assign see <c>$states.errorOutput</c>.</summary>
    private JsonNode? CatchJsonata(Catcher catcher, JsonNode? input, JsonObject errorOutput, StateScope scope)
    {
        var evaluator = NewEvaluator(scope, input);
        evaluator.SetErrorOutput(errorOutput);
        var index = 0;
        while (index < scope.State.Catch.Count && !ReferenceEquals(scope.State.Catch[index], catcher))
        {
            index++;
        }

        return FinishJsonata(scope.State, scope, evaluator, errorOutput, null, catcher.Raw, "Catch[" + Index(index) + "]/").Item1;
    }

    private static string Index(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private StatesErrorException JsonataFailError(FailState fail, JsonNode? input, StateScope scope)
    {
        var evaluator = NewEvaluator(scope, input);
        var def = fail.Raw;
        return new StatesErrorException(Text(evaluator, def, "Error"), Text(evaluator, def, "Cause"));

        static string? Text(JsonataEvaluator evaluator, JsonObject def, string field)
        {
            if (!def.TryGetPropertyValue(field, out var node) || node is null)
            {
                return null;
            }

            var value = evaluator.Field(node, field);
            if (JsonataExpressions.TryGetText(node, out var text) && !JsonValues.TryGetString(value, out _))
            {
                throw evaluator.TypeMismatch(text, field, "string", value);
            }

            return JsonValues.TryGetString(value, out var s) ? s : JsonValues.ToJson(value);
        }
    }

    private (JsonNode?, string?) ExecuteJsonataChoice(ChoiceState choice, JsonNode? input, StateScope scope)
    {
        var evaluator = NewEvaluator(scope, input);
        var def = choice.Raw;
        if (def["Choices"] is JsonArray rules)
        {
            for (var i = 0; i < rules.Count; i++)
            {
                var prefix = "Choices[" + Index(i) + "]/";
                if (rules[i] is not JsonObject rule || !Condition(evaluator, rule["Condition"], prefix + "Condition"))
                {
                    continue;
                }

                // A matched rule uses its own Assign/Output; the state-level ones belong to the Default transition.
                var own = new JsonObject();
                foreach (var field in new[] { "Assign", "Output" })
                {
                    if (rule.TryGetPropertyValue(field, out var value))
                    {
                        own[field] = value?.DeepClone();
                    }
                }

                return FinishJsonata(choice, scope, evaluator, input, JsonValues.TryGetString(rule["Next"], out var next) ? next : null, own, prefix);
            }
        }

        var fallback = choice.Default ?? throw scope.Failure(StatesErrorNames.NoChoiceMatched, "No Matches!");
        return FinishJsonata(choice, scope, evaluator, input, fallback);

        static bool Condition(JsonataEvaluator evaluator, JsonNode? condition, string field)
        {
            if (!JsonataExpressions.TryGetText(condition, out var text))
            {
                return JsonValues.TryGetBool(condition, out var literal) && literal;
            }

            var value = evaluator.Value(text, field);
            return JsonValues.TryGetBool(value, out var b) ? b : throw evaluator.TypeMismatch(text, field, "boolean", value);
        }
    }
}

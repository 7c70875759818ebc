using System.Text.Json.Nodes;
using MlOps.StepFunctions.Choice;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Jsonata;
using MlOps.StepFunctions.Model;

namespace MlOps.StepFunctions.Evaluation;

internal sealed partial class ExecutionRun
{
    /// <summary>Runs a JSONata state: Arguments → work → Output/Assign, every <c>{% %}</c> through the plug-in evaluator.</summary>
    private async ValueTask<(JsonNode? Output, string? Next)> ExecuteJsonataAsync(StateNode state, JsonNode? input, StateScope scope)
    {
        var evaluator = Options.Jsonata
                        ?? throw scope.Failure(StatesErrorNames.QueryEvaluationError, "JSONata evaluation is not available in this engine build");
        var states = new JsonObject { ["input"] = input?.DeepClone(), ["context"] = scope.Context.DeepClone() };
        var variables = scope.Variables.Flatten();
        JsonNode? Eval(string field, JsonNode? template) => EvaluateJsonata(evaluator, scope, field, template, states, variables);
        JsonNode? Field(string field, JsonNode? fallback) =>
            state.Raw.TryGetPropertyValue(field, out var template) ? Eval(field, template) : fallback;

        JsonNode? result = input;
        string? next = state.Next;
        switch (state)
        {
            case PassState:
                break;
            case SucceedState:
                next = null;
                break;
            case FailState:
                throw new StatesErrorException(Text(Field("Error", null)), Text(Field("Cause", null)));
            case WaitState:
                var seconds = Field("Seconds", null);
                var timestamp = Field("Timestamp", null);
                if (seconds is not null)
                {
                    await DelayAsync(TimeSpan.FromSeconds(JsonValues.TryGetLong(seconds, out var s) && s >= 0
                        ? s
                        : throw scope.Failure(StatesErrorNames.QueryEvaluationError, "The Seconds field must be a non-negative integer, but was: " + JsonValues.ToJson(seconds)))).ConfigureAwait(false);
                }
                else if (timestamp is not null)
                {
                    if (!JsonValues.TryGetString(timestamp, out var ts) || !Timestamps.TryParse(ts, out var at))
                    {
                        throw scope.Failure(StatesErrorNames.QueryEvaluationError,
                            "The Timestamp field does not reference a valid ISO-8601 extended offset date-time format string: " + JsonValues.ToJson(timestamp));
                    }

                    await DelayAsync(at - Now).ConfigureAwait(false);
                }

                break;
            case ChoiceState choice:
                next = null;
                foreach (var branch in choice.Choices)
                {
                    var condition = branch.Rule is JsonataConditionRule j ? Eval("Condition", j.Condition) : null;
                    if (!JsonValues.TryGetBool(condition, out var matched))
                    {
                        throw scope.Failure(StatesErrorNames.QueryEvaluationError, "The Condition field must evaluate to a boolean, but was: " + JsonValues.ToJson(condition));
                    }

                    if (matched)
                    {
                        next = branch.Next;
                        if (branch.Assign is not null)
                        {
                            ApplyAssignments(scope, Eval("Assign", branch.Assign.Evaluate(scope)));
                        }

                        break;
                    }
                }

                next ??= choice.Default ?? throw scope.Failure(StatesErrorNames.NoChoiceMatched, "No Matches!");
                break;
            case TaskState or ParallelState or MapState:
                var arguments = Field("Arguments", input);
                result = await RunJsonataWorkAsync(state, arguments, scope, evaluator, states, variables).ConfigureAwait(false);
                states["result"] = result?.DeepClone();
                break;
            default:
                throw new InvalidOperationException("unknown state type " + state.Type);
        }

        var assigned = state.Raw.TryGetPropertyValue("Assign", out var assign) ? Eval("Assign", assign) : null;
        var output = Field("Output", result);
        ApplyAssignments(scope, assigned);
        return (output, next);
    }

    private async Task<JsonNode?> RunJsonataWorkAsync(StateNode state, JsonNode? arguments, StateScope scope,
        IJsonataEvaluator evaluator, JsonObject states, Dictionary<string, JsonNode?> variables)
    {
        switch (state)
        {
            case ParallelState parallel:
                var results = new JsonArray();
                foreach (var branch in parallel.Branches)
                {
                    results.Add(await RunGraphAsync(branch, arguments?.DeepClone(), new VariableScope(scope.Variables), null).ConfigureAwait(false));
                }

                return results;
            case MapState map:
                var items = map.Raw.TryGetPropertyValue("Items", out var itemsTemplate)
                    ? EvaluateJsonata(evaluator, scope, "Items", itemsTemplate, states, variables)
                    : arguments;
                if (items is not JsonArray array)
                {
                    throw scope.Failure(StatesErrorNames.QueryEvaluationError, "Map state input must be an array but was: " + JsonValues.ToJson(items));
                }

                var outputs = new JsonArray();
                for (var i = 0; i < array.Count; i++)
                {
                    var itemInput = array[i]?.DeepClone();
                    if (map.Raw.TryGetPropertyValue("ItemSelector", out var selector))
                    {
                        var context = scope.Context.DeepClone().AsObject();
                        context["Map"] = new JsonObject { ["Item"] = new JsonObject { ["Index"] = i, ["Value"] = array[i]?.DeepClone() } };
                        var itemStates = new JsonObject { ["input"] = states["input"]?.DeepClone(), ["context"] = context };
                        itemInput = EvaluateJsonata(evaluator, scope, "ItemSelector", selector, itemStates, variables);
                    }

                    var variablesScope = map.Distributed ? new VariableScope(null) : new VariableScope(scope.Variables);
                    outputs.Add(await RunGraphAsync(map.Processor, itemInput, variablesScope, null).ConfigureAwait(false));
                }

                return outputs;
            default:
                return await ExecuteTaskCoreAsync((TaskState)state, arguments, scope).ConfigureAwait(false);
        }
    }

    /// <summary>Evaluates every <c>{% %}</c> string inside <paramref name="template"/>; other values are copied.</summary>
    internal static JsonNode? EvaluateJsonata(IJsonataEvaluator evaluator, StateScope scope, string field, JsonNode? template,
        JsonObject states, IReadOnlyDictionary<string, JsonNode?> variables)
    {
        switch (template)
        {
            case JsonObject o:
                var result = new JsonObject();
                foreach (var (key, value) in o)
                {
                    result[key] = EvaluateJsonata(evaluator, scope, field + "/" + key, value, states, variables);
                }

                return result;
            case JsonArray a:
                var array = new JsonArray();
                for (var i = 0; i < a.Count; i++)
                {
                    array.Add(EvaluateJsonata(evaluator, scope, field + "/" + i, a[i], states, variables));
                }

                return array;
            default:
                if (!JsonValues.TryGetString(template, out var text) || !text.StartsWith("{%", StringComparison.Ordinal)
                    || !text.EndsWith("%}", StringComparison.Ordinal) || text.Length < 4)
                {
                    return template?.DeepClone();
                }

                var expression = text[2..^2].Trim();
                try
                {
                    return evaluator.TryEvaluate(expression, states, variables, out var value)
                        ? value
                        : throw scope.Failure(StatesErrorNames.QueryEvaluationError,
                            "The JSONata expression '" + expression + "' specified for the field '" + field + "' returned nothing (undefined).");
                }
                catch (JsonataEvaluationException ex)
                {
                    throw scope.Failure(StatesErrorNames.QueryEvaluationError, ex.Message);
                }
        }
    }

    private static string? Text(JsonNode? node) =>
        node is null ? null : JsonValues.TryGetString(node, out var s) ? s : JsonValues.ToJson(node);
}

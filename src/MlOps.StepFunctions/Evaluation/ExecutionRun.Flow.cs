using System.Text.Json.Nodes;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Model;
using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Evaluation;

internal sealed partial class ExecutionRun
{
    private async ValueTask<(JsonNode? Output, string? Next)> ExecuteWithErrorHandlingAsync(StateNode state, JsonNode? input, StateScope scope)
    {
        int[]? attempts = null;
        while (true)
        {
            try
            {
                return await ExecuteStateAsync(state, input, scope).ConfigureAwait(false);
            }
            catch (StatesErrorException ex) when (state.Retry.Count > 0 || state.Catch.Count > 0)
            {
                var error = ex.Error ?? "";
                var retryIndex = -1;
                for (var i = 0; i < state.Retry.Count; i++)
                {
                    if (state.Retry[i].ErrorEquals.Any(p => StatesErrorNames.Matches(p, error)))
                    {
                        retryIndex = i;
                        break;
                    }
                }

                if (retryIndex >= 0)
                {
                    attempts ??= new int[state.Retry.Count];
                    var retrier = state.Retry[retryIndex];
                    if (attempts[retryIndex] < retrier.MaxAttempts)
                    {
                        var seconds = retrier.IntervalSeconds * Math.Pow(retrier.BackoffRate, attempts[retryIndex]);
                        if (retrier.MaxDelaySeconds is { } max)
                        {
                            seconds = Math.Min(seconds, max);
                        }

                        if (retrier.FullJitter)
                        {
                            lock (_random)
                            {
                                seconds *= _random.NextDouble();
                            }
                        }

                        attempts[retryIndex]++;
                        scope.RetryCount++;
                        scope.InvalidateContext();
                        await DelayAsync(TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
                        continue;
                    }
                }

                foreach (var catcher in state.Catch)
                {
                    if (!catcher.ErrorEquals.Any(p => StatesErrorNames.Matches(p, error)))
                    {
                        continue;
                    }

                    var errorOutput = new JsonObject { ["Error"] = ex.Error, ["Cause"] = ex.Cause };
                    if (state.QueryLanguage == QueryLanguage.Jsonata)
                    {
                        return (CatchJsonata(catcher, input, errorOutput, scope), catcher.Next);
                    }

                    var output = catcher.ResultPathNull ? input : ApplyResultPath(scope, catcher.ResultPath, input, errorOutput);
                    if (catcher.Assign is not null)
                    {
                        scope.Current = errorOutput;
                        ApplyAssignments(scope, catcher.Assign.Evaluate(scope));
                    }

                    return (output, catcher.Next);
                }

                throw;
            }
        }
    }

    private ValueTask<(JsonNode? Output, string? Next)> ExecuteStateAsync(StateNode state, JsonNode? input, StateScope scope)
    {
        if (state.QueryLanguage == QueryLanguage.Jsonata)
        {
            return ExecuteJsonataAsync(state, input, scope);
        }

        return state switch
        {
            PassState pass => new(ExecutePass(pass, input, scope)),
            ChoiceState choice => new(ExecuteChoice(choice, input, scope)),
            WaitState wait => new(ExecuteWaitAsync(wait, input, scope)),
            SucceedState => new((ApplyOutputPath(scope, state, ApplyInputPath(scope, state, input)), (string?)null)),
            FailState fail => throw FailError(fail, input, scope),
            TaskState task => new(ExecuteTaskAsync(task, input, scope)),
            ParallelState parallel => new(ExecuteParallelAsync(parallel, input, scope)),
            MapState map => new(ExecuteMapAsync(map, input, scope)),
            _ => throw new InvalidOperationException("unknown state type " + state.Type),
        };
    }

    private static (JsonNode?, string?) ExecutePass(PassState pass, JsonNode? input, StateScope scope)
    {
        var effective = ApplyInputPath(scope, pass, input);
        JsonNode? result;
        if (pass.HasResult)
        {
            result = pass.Result?.DeepClone();
        }
        else
        {
            scope.Current = effective;
            result = pass.Parameters is null ? effective : pass.Parameters.Evaluate(scope);
        }

        return (FinishResult(pass, input, result, scope), pass.Next);
    }

    /// <summary>ResultSelector → Assign (evaluated) → ResultPath → OutputPath → Assign (applied).</summary>
    private static JsonNode? FinishResult(StateNode state, JsonNode? rawInput, JsonNode? result, StateScope scope)
    {
        if (state.ResultSelector is not null)
        {
            scope.Current = result;
            result = state.ResultSelector.Evaluate(scope);
        }

        JsonNode? assigned = null;
        if (state.Assign is not null)
        {
            scope.Current = result;
            assigned = state.Assign.Evaluate(scope);
        }

        var combined = state.ResultPathNull ? rawInput : ApplyResultPath(scope, state.ResultPath, rawInput, result);
        var output = ApplyOutputPath(scope, state, combined);
        ApplyAssignments(scope, assigned);
        return output;
    }

    private static JsonNode? ApplyResultPath(StateScope scope, ReferencePath? path, JsonNode? rawInput, JsonNode? result)
    {
        if (path is null)
        {
            return result;
        }

        try
        {
            return path.Apply(rawInput, result);
        }
        catch (JsonPathException ex)
        {
            throw scope.Failure(StatesErrorNames.ResultPathMatchFailure, ex.Message);
        }
    }

    internal static JsonNode? ApplyInputPath(StateScope scope, StateNode state, JsonNode? input)
    {
        if (state.InputPath.IsNull)
        {
            return new JsonObject();
        }

        if (state.InputPath.Path is null)
        {
            return input;
        }

        scope.Current = input;
        return scope.ResolveStrict(state.InputPath.Path);
    }

    internal static JsonNode? ApplyOutputPath(StateScope scope, StateNode state, JsonNode? combined)
    {
        if (state.OutputPath.IsNull)
        {
            return new JsonObject();
        }

        if (state.OutputPath.Path is null)
        {
            return combined;
        }

        scope.Current = combined;
        return scope.ResolveStrict(state.OutputPath.Path)?.DeepClone();
    }

    private static void ApplyAssignments(StateScope scope, JsonNode? assigned)
    {
        if (assigned is not JsonObject values)
        {
            return;
        }

        if (JsonValues.Utf8Size(values) > 256 * 1024)
        {
            throw scope.Runtime("The assigned variables exceed the maximum size of 262144 bytes");
        }

        foreach (var (name, value) in values)
        {
            scope.Variables.Set(name, value?.DeepClone());
        }
    }

    private static (JsonNode?, string?) ExecuteChoice(ChoiceState choice, JsonNode? input, StateScope scope)
    {
        var effective = ApplyInputPath(scope, choice, input);
        scope.Current = effective;
        string? next = null;
        JsonNode? assigned = null;
        var choices = choice.Choices;
        for (var c = 0; c < choices.Count; c++)
        {
            var branch = choices[c];
            if (branch.Rule.Evaluate(scope))
            {
                next = branch.Next;
                if (branch.Assign is not null)
                {
                    scope.Current = effective;
                    assigned = branch.Assign.Evaluate(scope);
                }

                break;
            }
        }

        if (next is null)
        {
            // The state-level Assign belongs to the Default transition; a matched rule uses its own.
            next = choice.Default ?? throw scope.Failure(StatesErrorNames.NoChoiceMatched, "No Matches!");
            if (choice.Assign is not null)
            {
                scope.Current = effective;
                assigned = choice.Assign.Evaluate(scope);
            }
        }

        var output = ApplyOutputPath(scope, choice, effective);
        ApplyAssignments(scope, assigned);
        return (output, next);
    }

    private static StatesErrorException FailError(FailState fail, JsonNode? input, StateScope scope)
    {
        scope.Current = input;
        var error = fail.Error ?? Text(fail.ErrorPath?.Evaluate(scope));
        scope.Current = input;
        var cause = fail.Cause ?? Text(fail.CausePath?.Evaluate(scope));
        return new StatesErrorException(error, cause);

        static string? Text(JsonNode? node) =>
            node is null ? null : JsonValues.TryGetString(node, out var s) ? s : JsonValues.ToJson(node);
    }
}

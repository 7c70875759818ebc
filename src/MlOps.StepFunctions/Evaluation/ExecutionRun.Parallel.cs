using System.Text.Json.Nodes;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Model;

namespace MlOps.StepFunctions.Evaluation;

internal sealed partial class ExecutionRun
{
    private async Task<(JsonNode?, string?)> ExecuteParallelAsync(ParallelState parallel, JsonNode? input, StateScope scope)
    {
        var effective = ApplyInputPath(scope, parallel, input);
        scope.Current = effective;
        var branchInput = parallel.Parameters is null ? effective : parallel.Parameters.Evaluate(scope);
        History.Add("ParallelStateStarted");
        var results = await RunBranchesAsync(parallel, branchInput, scope.Variables).ConfigureAwait(false);
        History.Add("ParallelStateSucceeded");
        return (FinishResult(parallel, input, results, scope), parallel.Next);
    }

    private static int ResolveInt(StateScope scope, JsonNode? value, string field, string path)
    {
        if (!TryGetLongLenient(value, out var n) || n < 0 || n > int.MaxValue)
        {
            throw scope.Runtime("The " + field + " field refers to value \"" + Raw(value) + "\" which is not a valid integer: " + path);
        }

        return (int)n;
    }

    /// <summary>An integer, or a string holding one (AWS accepts <c>"1"</c> from a path).</summary>
    private static bool TryGetLongLenient(JsonNode? value, out long n) =>
        JsonValues.TryGetLong(value, out n) || (JsonValues.TryGetString(value, out var s)
            && long.TryParse(s, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out n));

    private static (int? Count, double? Percentage) ResolveTolerance(MapState map, StateScope scope)
    {
        var count = map.ToleratedFailureCount;
        if (map.ToleratedFailureCountPath is { } cp)
        {
            scope.TryResolve(cp, out var v);
            count = ResolveInt(scope, v, "ToleratedFailureCountPath", cp.Text);
        }

        var pct = map.ToleratedFailurePercentage;
        if (map.ToleratedFailurePercentagePath is { } pp)
        {
            scope.TryResolve(pp, out var v);
            if (!JsonValues.TryGetNumber(v, out var d) && !(JsonValues.TryGetString(v, out var ds)
                    && double.TryParse(ds, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out d)))
            {
                throw scope.Runtime("The ToleratedFailurePercentagePath field refers to value \"" + Raw(v) + "\" which is not a valid float: " + pp.Text);
            }

            pct = d;
        }

        if (pct is < 0 or > 100)
        {
            throw scope.Runtime("ToleratedFailurePercentage must be between 0 and 100.");
        }

        return (count, pct);
    }

    private static int ResolveMaxConcurrency(MapState map, StateScope scope)
    {
        if (map.MaxConcurrencyPath is { } mp)
        {
            scope.TryResolve(mp, out var v);
            return ResolveInt(scope, v, "MaxConcurrencyPath", mp.Text);
        }

        return map.MaxConcurrency;
    }

    private static string ErrorCauseJson(StatesErrorException ex) => JsonValues.ToJson(new JsonObject { ["Error"] = ex.Error, ["Cause"] = ex.Cause });
}

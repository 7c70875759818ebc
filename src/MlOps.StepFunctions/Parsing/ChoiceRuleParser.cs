using System.Text.Json;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Choice;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Parsing;

/// <summary>Parses Choice rules (<c>And</c>/<c>Or</c>/<c>Not</c> and data-test expressions).</summary>
internal static class ChoiceRuleParser
{
    private static readonly string[] s_valueOperators =
    [
        "StringEquals", "StringLessThan", "StringGreaterThan", "StringLessThanEquals", "StringGreaterThanEquals", "StringMatches",
        "NumericEquals", "NumericLessThan", "NumericGreaterThan", "NumericLessThanEquals", "NumericGreaterThanEquals",
        "BooleanEquals",
        "TimestampEquals", "TimestampLessThan", "TimestampGreaterThan", "TimestampLessThanEquals", "TimestampGreaterThanEquals",
        "IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp",
    ];

    private static readonly HashSet<string> s_operators = BuildOperators();

    private static HashSet<string> BuildOperators()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var op in s_valueOperators)
        {
            set.Add(op);
            if (!op.StartsWith("Is", StringComparison.Ordinal) && op != "StringMatches")
            {
                set.Add(op + "Path");
            }
        }

        return set;
    }

    public static ChoiceRule? Parse(JsonNode? node, string pointer, ParseContext ctx, bool topLevel)
    {
        if (node is not JsonObject o)
        {
            ctx.Report(pointer, "a choice rule must be an object");
            return null;
        }

        foreach (var (key, _) in o)
        {
            var allowed = key is "And" or "Or" or "Not" or "Variable" or "Comment" || s_operators.Contains(key)
                || (topLevel && key is "Next" or "Assign" or "Output");
            if (!allowed)
            {
                ctx.Report(ParseContext.Child(pointer, key), "unknown field '" + key + "' in a choice rule");
            }
        }

        if (o["And"] is { } andNode || o["Or"] is { })
        {
            var isAnd = o.ContainsKey("And");
            var list = (isAnd ? o["And"] : o["Or"]) as JsonArray;
            var field = isAnd ? "And" : "Or";
            if (list is null || list.Count == 0)
            {
                ctx.Report(ParseContext.Child(pointer, field), "'" + field + "' must be a non-empty array of rules");
                return null;
            }

            var rules = new List<ChoiceRule>();
            for (var i = 0; i < list.Count; i++)
            {
                var r = Parse(list[i], pointer + "/" + field + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), ctx, false);
                if (r is not null)
                {
                    rules.Add(r);
                }
            }

            return isAnd ? new AndRule(rules) : new OrRule(rules);
        }

        if (o.ContainsKey("Not"))
        {
            var inner = Parse(o["Not"], pointer + "/Not", ctx, false);
            return inner is null ? null : new NotRule(inner);
        }

        var ops = o.Select(p => p.Key).Where(s_operators.Contains).ToList();
        if (ops.Count != 1)
        {
            ctx.Report(pointer, ops.Count == 0
                ? "a choice rule needs exactly one comparison operator (or And/Or/Not)"
                : "a choice rule has more than one comparison operator: " + string.Join(", ", ops));
            return null;
        }

        var op = ops[0];
        var variable = ctx.Path(o, "Variable", pointer);
        if (!o.ContainsKey("Variable"))
        {
            ctx.Report(pointer, "missing required field 'Variable'");
        }

        var value = o[op];
        var opPointer = ParseContext.Child(pointer, op);
        JsonPath? valuePath = null;
        if (op.EndsWith("Path", StringComparison.Ordinal))
        {
            valuePath = ctx.Path(o, op, pointer);
        }
        else
        {
            var kind = JsonValues.Kind(value);
            var ok = op switch
            {
                _ when op.StartsWith("Is", StringComparison.Ordinal) || op == "BooleanEquals" => kind is JsonValueKind.True or JsonValueKind.False,
                _ when op.StartsWith("Numeric", StringComparison.Ordinal) => kind == JsonValueKind.Number,
                _ when op.StartsWith("Timestamp", StringComparison.Ordinal) =>
                    JsonValues.TryGetString(value, out var ts) && Timestamps.TryParse(ts, out _),
                _ => kind == JsonValueKind.String,
            };
            if (!ok)
            {
                ctx.Report(opPointer, "invalid value for '" + op + "': " + JsonValues.ToJson(value));
            }
        }

        return variable is null ? null : new ComparisonRule(variable, op, value?.DeepClone(), valuePath);
    }
}

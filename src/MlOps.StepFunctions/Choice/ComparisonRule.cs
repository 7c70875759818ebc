using System.Text.Json.Nodes;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Choice;

/// <summary>A data-test expression: <c>Variable</c> + one comparison operator (literal or <c>*Path</c>).</summary>
internal sealed class ComparisonRule(JsonPath variable, string op, JsonNode? value, JsonPath? valuePath) : ChoiceRule
{
    private readonly (char C, bool Star)[]? _pattern =
        op == "StringMatches" && JsonValues.TryGetString(value, out var p) ? StringMatcher.Compile(p) : null;

    // The operator is split once here, not per evaluation: NumericLessThanPath → NumericLessThan → "cmp < 0".
    private readonly string _baseOp = BaseOf(op);

    private readonly Func<int, bool>? _relation = RelationOf(BaseOf(op));

    private readonly Family _family = FamilyOf(BaseOf(op));

    private readonly bool _typeTest = op.StartsWith("Is", StringComparison.Ordinal);

    private enum Family
    {
        Other,
        String,
        Numeric,
        Timestamp,
        Boolean,
    }

    public override bool Evaluate(IChoiceInput input)
    {
        var found = input.TryResolve(variable, out var actual);
        if (_typeTest)
        {
            return op switch
            {
                "IsPresent" => Expect(found),
                "IsNull" => Expect(found && JsonValues.Kind(actual) == System.Text.Json.JsonValueKind.Null),
                "IsNumeric" => Expect(found && JsonValues.Kind(actual) == System.Text.Json.JsonValueKind.Number),
                "IsString" => Expect(found && JsonValues.Kind(actual) == System.Text.Json.JsonValueKind.String),
                "IsBoolean" => Expect(found && JsonValues.TryGetBool(actual, out _)),
                "IsTimestamp" => Expect(found && JsonValues.TryGetString(actual, out var ts) && Timestamps.TryParse(ts, out _)),
                _ => throw new InvalidOperationException("unknown type test " + op),
            };
        }

        if (!found)
        {
            throw input.InvalidConditionPath(variable);
        }

        var expected = value;
        if (valuePath is not null)
        {
            if (!input.TryResolve(valuePath, out var v2))
            {
                throw input.InvalidConditionPath(valuePath);
            }

            expected = v2;
        }

        if (_pattern is not null)
        {
            return JsonValues.TryGetString(actual, out var text) && StringMatcher.IsMatch(text, _pattern);
        }

        return Compare(_family, _baseOp, _relation, actual, expected);
    }

    private static Family FamilyOf(string op) =>
        op.StartsWith("String", StringComparison.Ordinal) ? Family.String
        : op.StartsWith("Numeric", StringComparison.Ordinal) ? Family.Numeric
        : op.StartsWith("Timestamp", StringComparison.Ordinal) ? Family.Timestamp
        : op == "BooleanEquals" ? Family.Boolean
        : Family.Other;

    private static string BaseOf(string op) => op.EndsWith("Path", StringComparison.Ordinal) ? op[..^4] : op;

    /// <summary>The relation an operator's suffix names (<c>Equals</c>, <c>LessThan</c>, ...), null for others.</summary>
    private static Func<int, bool>? RelationOf(string op)
    {
        foreach (var family in (ReadOnlySpan<string>)["String", "Numeric", "Timestamp"])
        {
            if (op.StartsWith(family, StringComparison.Ordinal))
            {
                return op[family.Length..] switch
                {
                    "Equals" => cmp => cmp == 0,
                    "LessThan" => cmp => cmp < 0,
                    "GreaterThan" => cmp => cmp > 0,
                    "LessThanEquals" => cmp => cmp <= 0,
                    "GreaterThanEquals" => cmp => cmp >= 0,
                    _ => null,
                };
            }
        }

        return null;
    }

    private bool Expect(bool actual) => JsonValues.TryGetBool(value, out var want) && actual == want;

    private static bool Compare(Family family, string op, Func<int, bool>? relation, JsonNode? actual, JsonNode? expected)
    {
        if (family == Family.String)
        {
            if (!JsonValues.TryGetString(actual, out var a) || !JsonValues.TryGetString(expected, out var e))
            {
                return false;
            }

            if (op == "StringMatches")
            {
                return StringMatcher.IsMatch(a, e);
            }

            return Order(op, relation, string.CompareOrdinal(a, e));
        }

        if (family == Family.Numeric)
        {
            if (!JsonValues.TryGetNumber(actual, out var a) || !JsonValues.TryGetNumber(expected, out var e))
            {
                return false;
            }

            return Order(op, relation, a.CompareTo(e));
        }

        if (family == Family.Timestamp)
        {
            if (!JsonValues.TryGetString(actual, out var a) || !JsonValues.TryGetString(expected, out var e)
                || !Timestamps.TryParse(a, out var ta) || !Timestamps.TryParse(e, out var te))
            {
                return false;
            }

            return Order(op, relation, ta.CompareTo(te));
        }

        if (family == Family.Boolean)
        {
            return JsonValues.TryGetBool(actual, out var a) && JsonValues.TryGetBool(expected, out var e) && a == e;
        }

        throw new InvalidOperationException("unknown comparison operator " + op);
    }

    private static bool Order(string op, Func<int, bool>? relation, int cmp) =>
        relation is null ? throw new InvalidOperationException("unknown comparison operator " + op) : relation(cmp);
}

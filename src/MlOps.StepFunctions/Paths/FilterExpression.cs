using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MlOps.StepFunctions.Json;

namespace MlOps.StepFunctions.Paths;

/// <summary>A JSONPath filter predicate, <c>[?(@.price &lt; 10 &amp;&amp; @.tag)]</c>.</summary>
internal abstract record FilterExpression
{
    public abstract bool Test(JsonNode? current, JsonNode? root);
}

internal sealed record AndFilter(FilterExpression Left, FilterExpression Right) : FilterExpression
{
    public override bool Test(JsonNode? current, JsonNode? root) => Left.Test(current, root) && Right.Test(current, root);
}

internal sealed record OrFilter(FilterExpression Left, FilterExpression Right) : FilterExpression
{
    public override bool Test(JsonNode? current, JsonNode? root) => Left.Test(current, root) || Right.Test(current, root);
}

internal sealed record NotFilter(FilterExpression Inner) : FilterExpression
{
    public override bool Test(JsonNode? current, JsonNode? root) => !Inner.Test(current, root);
}

/// <summary>An operand: a literal or a path relative to <c>@</c> or <c>$</c>.</summary>
internal sealed record FilterOperand(JsonNode? Literal, JsonPath? Path, bool Relative)
{
    public bool TryGet(JsonNode? current, JsonNode? root, out JsonNode? value)
    {
        if (Path is null)
        {
            value = Literal;
            return true;
        }

        return Path.TryEvaluate(Relative ? current : root, out value);
    }
}

internal sealed record ExistsFilter(FilterOperand Operand) : FilterExpression
{
    public override bool Test(JsonNode? current, JsonNode? root) =>
        Operand.TryGet(current, root, out var value) && (Operand.Path is not null || value is not null);
}

internal sealed record CompareFilter(FilterOperand Left, string Op, FilterOperand Right) : FilterExpression
{
    public override bool Test(JsonNode? current, JsonNode? root)
    {
        if (!Left.TryGet(current, root, out var l) || !Right.TryGet(current, root, out var r))
        {
            return false;
        }

        switch (Op)
        {
            case "==": return JsonValues.DeepEquals(l, r);
            case "!=": return !JsonValues.DeepEquals(l, r);
            case "=~":
                return JsonValues.TryGetString(l, out var s) && JsonValues.TryGetString(r, out var pattern)
                    && Regex.IsMatch(s, StripSlashes(pattern), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            default:
                break;
        }

        int cmp;
        if (JsonValues.TryGetNumber(l, out var ln) && JsonValues.TryGetNumber(r, out var rn))
        {
            cmp = ln.CompareTo(rn);
        }
        else if (JsonValues.TryGetString(l, out var ls) && JsonValues.TryGetString(r, out var rs))
        {
            cmp = string.CompareOrdinal(ls, rs);
        }
        else
        {
            return false;
        }

        return Op switch
        {
            "<" => cmp < 0,
            "<=" => cmp <= 0,
            ">" => cmp > 0,
            ">=" => cmp >= 0,
            _ => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"unknown operator {Op}")),
        };
    }

    private static string StripSlashes(string pattern)
    {
        if (pattern.Length >= 2 && pattern[0] == '/')
        {
            var end = pattern.LastIndexOf('/');
            return end > 0 ? pattern[1..end] : pattern;
        }

        return pattern;
    }
}

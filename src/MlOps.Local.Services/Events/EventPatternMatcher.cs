using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlOps.Local.Services.Events;

/// <summary>
/// EventBridge event pattern matching: every field of the pattern must match; a leaf is a list of alternatives,
/// each an exact value or a filter (<c>prefix</c>, <c>suffix</c>, <c>anything-but</c>, <c>exists</c>,
/// <c>equals-ignore-case</c>, <c>numeric</c>). Lists in the event match when any element matches.
/// </summary>
public static class EventPatternMatcher
{
    /// <summary>Whether <paramref name="evt"/> matches <paramref name="pattern"/>.</summary>
    public static bool Matches(JsonObject pattern, JsonNode? evt)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        foreach (var (field, expected) in pattern)
        {
            var actual = evt is JsonObject o && o.TryGetPropertyValue(field, out var v) ? v : null;
            var present = evt is JsonObject obj && obj.ContainsKey(field);
            var ok = expected switch
            {
                JsonObject nested => present && Matches(nested, actual),
                JsonArray alternatives => alternatives.Any(a => MatchesLeaf(a, actual, present)),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchesLeaf(JsonNode? alternative, JsonNode? actual, bool present)
    {
        if (alternative is JsonObject filter && filter.Count == 1)
        {
            var (name, arg) = filter.First();
            if (name == "exists")
            {
                return arg?.GetValue<bool>() == present;
            }

            if (!present)
            {
                return name == "anything-but";
            }

            return Values(actual).Any(value => Filter(name, arg, value));
        }

        return present && Values(actual).Any(value => JsonNode.DeepEquals(alternative, value));
    }

    private static JsonArray Values(JsonNode? actual) => actual is JsonArray a ? a : [actual?.DeepClone()];

    private static bool Filter(string name, JsonNode? arg, JsonNode? value)
    {
        var text = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        switch (name)
        {
            case "prefix":
                return text is not null && (arg is JsonObject ci && ci["equals-ignore-case"] is { } p
                    ? text.StartsWith(p.ToString(), StringComparison.OrdinalIgnoreCase)
                    : text.StartsWith(arg?.ToString() ?? string.Empty, StringComparison.Ordinal));
            case "suffix":
                return text is not null && text.EndsWith(arg?.ToString() ?? string.Empty, StringComparison.Ordinal);
            case "equals-ignore-case":
                return text is not null && string.Equals(text, arg?.ToString(), StringComparison.OrdinalIgnoreCase);
            case "anything-but":
                return arg switch
                {
                    JsonArray list => !list.Any(x => JsonNode.DeepEquals(x, value)),
                    JsonObject inner when inner["prefix"] is { } butPrefix => text is null || !text.StartsWith(butPrefix.ToString(), StringComparison.Ordinal),
                    JsonObject inner when inner["suffix"] is { } butSuffix => text is null || !text.EndsWith(butSuffix.ToString(), StringComparison.Ordinal),
                    _ => !JsonNode.DeepEquals(arg, value),
                };
            case "numeric":
                return value is JsonValue n && n.GetValueKind() == JsonValueKind.Number && Numeric(arg as JsonArray ?? [], n.GetValue<double>());
            default:
                throw new ArgumentException($"event pattern filter '{name}' is not supported locally", nameof(name));
        }
    }

    private static bool Numeric(JsonArray conditions, double number)
    {
        for (var i = 0; i + 1 < conditions.Count; i += 2)
        {
            var bound = double.Parse(conditions[i + 1]!.ToString(), CultureInfo.InvariantCulture);
            var ok = conditions[i]!.ToString() switch
            {
                "<" => number < bound,
                "<=" => number <= bound,
                ">" => number > bound,
                ">=" => number >= bound,
                "=" => number == bound,
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}

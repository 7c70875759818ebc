using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MlOps.Local.Template.Errors;

namespace MlOps.Local.Template.Loading;

/// <summary>Parameter values: defaults, then <c>--parameter-overrides</c>, checked against the declared constraints.</summary>
internal static class ParameterResolver
{
    public static Dictionary<string, string> Resolve(
        JsonObject? declared, IReadOnlyDictionary<string, string> overrides, List<string> warnings)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        declared ??= [];
        foreach (var key in overrides.Keys.Where(k => !declared.ContainsKey(k)))
        {
            warnings.Add($"--parameter-overrides: '{key}' is not a parameter of the template (ignored)");
        }

        foreach (var (name, node) in declared)
        {
            var spec = node as JsonObject ?? throw new TemplateException($"Parameters/{name}: must be a map");
            string? value = overrides.TryGetValue(name, out var o) ? o
                : spec["Default"] is { } d ? Intrinsics.IntrinsicEvaluator.Text(d, $"Parameters/{name}/Default") : null;
            if (value is null)
            {
                throw new TemplateException($"Parameters/{name}: no value (no Default and no --parameter-overrides {name}=...)");
            }

            Check(name, spec, value);
            values[name] = value;
        }

        return values;
    }

    private static void Check(string name, JsonObject spec, string value)
    {
        var type = spec["Type"]?.GetValue<string>() ?? "String";
        if (spec["AllowedValues"] is JsonArray allowed && !allowed.Any(a => a?.ToString() == value))
        {
            throw new TemplateException($"Parameters/{name}: '{value}' is not one of [{string.Join(", ", allowed)}]");
        }

        if (spec["AllowedPattern"]?.GetValue<string>() is { } pattern
            && !Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            throw new TemplateException($"Parameters/{name}: '{value}' does not match AllowedPattern {pattern}");
        }

        if (type == "Number")
        {
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            {
                throw new TemplateException($"Parameters/{name}: '{value}' is not a Number");
            }

            if ((spec["MinValue"] is { } min && n < Number(min)) || (spec["MaxValue"] is { } max && n > Number(max)))
            {
                throw new TemplateException($"Parameters/{name}: {value} is outside MinValue/MaxValue");
            }
        }
    }

    private static double Number(JsonNode node) =>
        double.Parse(node.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The parameter's value as a node: a list for <c>CommaDelimitedList</c> and <c>List&lt;...&gt;</c> types.</summary>
    public static JsonNode ToNode(JsonObject? declared, string name, string value)
    {
        var type = declared?[name]?["Type"]?.GetValue<string>() ?? "String";
        if (type == "CommaDelimitedList" || type.StartsWith("List<", StringComparison.Ordinal))
        {
            var items = value.Length == 0 ? [] : value.Split(',').Select(s => s.Trim());
            return new JsonArray(items.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
        }

        return JsonValue.Create(value);
    }
}

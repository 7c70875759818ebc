using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MlOps.Jsonata;
using MlOps.StepFunctions.Json;

namespace MlOps.StepFunctions.QueryLanguages;

/// <summary>Recognises <c>"{% expression %}"</c> strings and compiles their JSONata once per process.</summary>
internal static class JsonataExpressions
{
    private static readonly ConcurrentDictionary<string, JsonataExpression> s_cache = new(StringComparer.Ordinal);

    public static bool IsExpression(string text) =>
        text.Length >= 4 && text.StartsWith("{%", StringComparison.Ordinal) && text.EndsWith("%}", StringComparison.Ordinal);

    /// <summary>True when the node is a string <c>{% … %}</c>; <paramref name="text"/> is the trimmed expression.</summary>
    public static bool TryGetText(JsonNode? node, out string text)
    {
        if (node is JsonValue && JsonValues.TryGetString(node, out var s) && IsExpression(s))
        {
            text = s[2..^2].Trim();
            return true;
        }

        text = "";
        return false;
    }

    /// <summary>Parses (or returns the cached parse of) an expression; throws <see cref="JsonataException"/>.</summary>
    public static JsonataExpression Compile(string text)
    {
        if (s_cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        if (text.Length == 0)
        {
            throw new JsonataException("S0100", "The expression is empty");
        }

        var parsed = JsonataExpression.Parse(text);
        if (s_cache.Count < 10_000)
        {
            s_cache[text] = parsed;
        }

        return parsed;
    }
}

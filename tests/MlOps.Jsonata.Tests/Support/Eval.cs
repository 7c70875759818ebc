using System.Text.Json.Nodes;

namespace MlOps.Jsonata.Tests.Support;

/// <summary>Evaluates expressions and renders results as compact JSON (or <c>undefined</c>).</summary>
internal static class Eval
{
    public static string Run(string expr, string? inputJson = null, JsonataLimits? limits = null)
    {
        var input = inputJson is null ? JsonataInput.Undefined : JsonataInput.FromJson(inputJson);
        var result = JsonataExpression.Parse(expr).EvaluateInput(input, null, limits);
        return result.ToJsonString() ?? "undefined";
    }

    public static string ErrorCode(string expr, string? inputJson = null, JsonataLimits? limits = null)
    {
        var ex = Assert.Throws<JsonataException>(() => Run(expr, inputJson, limits));
        return ex.Code;
    }

    public static JsonNode? Node(string json) => JsonNode.Parse(json);
}

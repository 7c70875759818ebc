using System.Text.Json.Nodes;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata;

/// <summary>An input document converted once to the evaluator's value model, reusable across evaluations.</summary>
public sealed class JsonataInput
{
    private JsonataInput(object? value)
    {
        Value = value;
    }

    /// <summary>No input at all (<c>$</c> is undefined).</summary>
    public static JsonataInput Undefined { get; } = new(null);

    internal object? Value { get; }

    /// <summary>Converts a JSON node (<c>null</c> is JSON null).</summary>
    /// <param name="node">The document.</param>
    /// <returns>The converted input.</returns>
    public static JsonataInput FromNode(JsonNode? node) => new(Json.FromNode(node));

    /// <summary>Parses JSON text.</summary>
    /// <param name="json">The document text.</param>
    /// <returns>The converted input.</returns>
    public static JsonataInput FromJson(string json) => new(Json.Parse(json));
}

using System.Text.Json.Nodes;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata;

/// <summary>The result of an evaluation: either <em>undefined</em> (no value) or a JSON value (possibly <c>null</c>).</summary>
public sealed class JsonataResult
{
    private readonly object? _value;

    internal JsonataResult(object? value)
    {
        _value = value;
    }

    /// <summary>The undefined result.</summary>
    public static JsonataResult Undefined { get; } = new(null);

    /// <summary>True when the expression produced no value.</summary>
    public bool IsUndefined => _value is null;

    /// <summary>The value as a JSON node (<c>null</c> for JSON null or undefined; check <see cref="IsUndefined"/>).</summary>
    public JsonNode? Value => Json.ToNode(_value);

    /// <summary>True when the value is a function (which has no JSON form).</summary>
    public bool IsFunction => _value is Values.JFunction;

    internal object? Raw => _value;

    /// <summary>Creates a result from a JSON node (for host functions).</summary>
    /// <param name="node">The value; <c>null</c> is JSON null.</param>
    /// <returns>The result.</returns>
    public static JsonataResult FromNode(JsonNode? node) => new(Json.FromNode(node));

    /// <summary>The value as compact JSON text (numbers as JavaScript prints them), or <c>null</c> when undefined.</summary>
    /// <returns>The JSON text.</returns>
    public string? ToJsonString() => _value is null ? null : JsonWriter.Write(_value, false, false);

    /// <inheritdoc/>
    public override string ToString() => ToJsonString() ?? "undefined";
}

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MlOps.Pipeline.Envelope;

/// <summary>
/// One schema (sub)document compiled once into plain fields, so that validation never searches the schema's JSON.
/// <c>$ref</c> targets are shared nodes, resolved lazily (which also allows recursive definitions).
/// </summary>
internal sealed class SchemaNode
{
    public bool AcceptsAnything { get; private set; }

    public Lazy<SchemaNode>? Reference { get; private set; }

    public string[]? Types { get; private set; }

    public JsonElement[]? Enum { get; private set; }

    public string? EnumText { get; private set; }

    public string[] Required { get; private set; } = [];

    public Dictionary<string, SchemaNode>? Properties { get; private set; }

    /// <summary>The schema of properties not in <see cref="Properties"/>; null when any is allowed (or, with <see cref="AdditionalForbidden"/>, none).</summary>
    public SchemaNode? AdditionalProperties { get; private set; }

    public bool AdditionalForbidden { get; private set; }

    public SchemaNode? Items { get; private set; }

    public int? MinItems { get; private set; }

    public int? MinLength { get; private set; }

    public int? MaxLength { get; private set; }

    public Regex? Pattern { get; private set; }

    public bool DateTime { get; private set; }

    public double? Minimum { get; private set; }

    public double? Maximum { get; private set; }

    public string? MinimumText { get; private set; }

    public string? MaximumText { get; private set; }

    public static SchemaNode Compile(JsonElement schema, Func<string, SchemaNode> resolve)
    {
        var node = new SchemaNode();
        if (schema.ValueKind == JsonValueKind.True || (schema.ValueKind == JsonValueKind.Object && !schema.EnumerateObject().Any()))
        {
            node.AcceptsAnything = true;
            return node;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    var target = value.GetString()!;
                    node.Reference = new Lazy<SchemaNode>(() => resolve(target));
                    break;
                case "type":
                    node.Types = value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(t => t.GetString()!)] : [value.GetString()!];
                    break;
                case "enum":
                    node.Enum = [.. value.EnumerateArray().Select(e => e.Clone())];
                    node.EnumText = "[" + string.Join(", ", node.Enum.Select(e => e.GetRawText())) + "]";
                    break;
                case "required":
                    node.Required = [.. value.EnumerateArray().Select(r => r.GetString()!)];
                    break;
                case "properties":
                    node.Properties = value.EnumerateObject().ToDictionary(p => p.Name, p => Compile(p.Value, resolve), StringComparer.Ordinal);
                    break;
                case "additionalProperties":
                    node.AdditionalForbidden = value.ValueKind == JsonValueKind.False;
                    node.AdditionalProperties = value.ValueKind == JsonValueKind.Object ? Compile(value, resolve) : null;
                    break;
                case "items":
                    node.Items = Compile(value, resolve);
                    break;
                case "minItems":
                    node.MinItems = value.GetInt32();
                    break;
                case "minLength":
                    node.MinLength = value.GetInt32();
                    break;
                case "maxLength":
                    node.MaxLength = value.GetInt32();
                    break;
                case "pattern":
                    node.Pattern = new Regex(value.GetString()!, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
                    break;
                case "format":
                    node.DateTime = value.GetString() == "date-time";
                    break;
                case "minimum":
                    node.Minimum = value.GetDouble();
                    node.MinimumText = value.GetRawText();
                    break;
                case "maximum":
                    node.Maximum = value.GetDouble();
                    node.MaximumText = value.GetRawText();
                    break;
                default:
                    // Annotations ($schema, $id, title, description, $defs) do not constrain values.
                    break;
            }
        }

        return node;
    }

    public bool MatchesType(JsonElement value)
    {
        foreach (var type in Types!)
        {
            var match = type switch
            {
                "object" => value.ValueKind == JsonValueKind.Object,
                "array" => value.ValueKind == JsonValueKind.Array,
                "string" => value.ValueKind == JsonValueKind.String,
                "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
                "null" => value.ValueKind == JsonValueKind.Null,
                "number" => value.ValueKind == JsonValueKind.Number,
                "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && Math.Floor(d) == d,
                _ => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Unknown JSON Schema type '{type}'.")),
            };
            if (match)
            {
                return true;
            }
        }

        return false;
    }
}

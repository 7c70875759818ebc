using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MlOps.Pipeline.Envelope;

/// <summary>
/// A small, reflection-free JSON Schema validator for the subset envelope.schema.json uses:
/// <c>type</c> (incl. arrays of types), <c>properties</c>, <c>required</c>, <c>additionalProperties</c>, <c>items</c>,
/// <c>enum</c>, <c>minimum</c>, <c>maximum</c>, <c>minLength</c>, <c>maxLength</c>, <c>pattern</c>, <c>minItems</c>,
/// <c>format: date-time</c> and local <c>$ref</c> (<c>#/$defs/...</c>). Written instead of NJsonSchema to keep the
/// functions free of Newtonsoft and reflection (trim/AOT-clean); unknown keywords are ignored like annotations.
/// </summary>
public sealed class SchemaValidator
{
    private readonly JsonElement _root;

    /// <summary>Creates a validator over a parsed schema document (kept alive by the caller).</summary>
    public SchemaValidator(JsonElement schemaRoot) => _root = schemaRoot;

    /// <summary>Validates <paramref name="instance"/> against the root schema, or the <c>$defs</c> entry named.</summary>
    public IReadOnlyList<SchemaViolation> Validate(JsonElement instance, string? definition = null)
    {
        var violations = new List<SchemaViolation>();
        var schema = definition is null ? _root : Resolve("#/$defs/" + definition);
        Check(schema, instance, "$", violations);
        return violations;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<SchemaViolation> violations)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = Resolve(reference.GetString()!);
        }

        if (schema.TryGetProperty("type", out var type) && !MatchesType(type, value))
        {
            violations.Add(new SchemaViolation(path, $"expected {Describe(type)}, got {Kind(value)}"));
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            violations.Add(new SchemaViolation(path, $"{value.GetRawText()} is not one of {allowed.GetRawText()}"));
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(schema, value, path, violations);
                break;
            case JsonValueKind.Array:
                CheckArray(schema, value, path, violations);
                break;
            case JsonValueKind.String:
                CheckString(schema, value.GetString()!, path, violations);
                break;
            case JsonValueKind.Number:
                CheckNumber(schema, value.GetDouble(), path, violations);
                break;
            default:
                break;
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<SchemaViolation> violations)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    violations.Add(new SchemaViolation(Child(path, name), "is required"));
                }
            }
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            var childPath = Child(path, property.Name);
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, childPath, violations);
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.False)
            {
                violations.Add(new SchemaViolation(childPath, "is not an allowed property"));
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, property.Value, childPath, violations);
            }
        }
    }

    private void CheckArray(JsonElement schema, JsonElement value, string path, List<SchemaViolation> violations)
    {
        if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
        {
            violations.Add(new SchemaViolation(path, $"needs at least {minItems.GetInt32()} item(s), has {value.GetArrayLength()}"));
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]", violations);
                index++;
            }
        }
    }

    private static void CheckString(JsonElement schema, string text, string path, List<SchemaViolation> violations)
    {
        if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
        {
            violations.Add(new SchemaViolation(path, $"must be at least {minLength.GetInt32()} character(s) long"));
        }

        if (schema.TryGetProperty("maxLength", out var maxLength) && text.Length > maxLength.GetInt32())
        {
            violations.Add(new SchemaViolation(path, $"must be at most {maxLength.GetInt32()} character(s) long"));
        }

        if (schema.TryGetProperty("pattern", out var pattern)
            && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            violations.Add(new SchemaViolation(path, $"does not match the pattern {pattern.GetString()}"));
        }

        if (schema.TryGetProperty("format", out var format) && format.GetString() == "date-time"
            && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
        {
            violations.Add(new SchemaViolation(path, "is not an ISO 8601 date-time"));
        }
    }

    private static void CheckNumber(JsonElement schema, double number, string path, List<SchemaViolation> violations)
    {
        if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDouble())
        {
            violations.Add(new SchemaViolation(path, $"must be >= {minimum.GetRawText()}"));
        }

        if (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDouble())
        {
            violations.Add(new SchemaViolation(path, $"must be <= {maximum.GetRawText()}"));
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Only local $ref is supported, got '{reference}'.");
        }

        var node = _root;
        foreach (var segment in reference[2..].Split('/'))
        {
            if (!node.TryGetProperty(segment, out node))
            {
                throw new InvalidOperationException($"The schema has no '{reference}'.");
            }
        }

        return node;
    }

    private static bool MatchesType(JsonElement type, JsonElement value) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => MatchesType(t.GetString()!, value))
        : MatchesType(type.GetString()!, value);

    private static bool MatchesType(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && Math.Floor(d) == d,
        _ => throw new InvalidOperationException($"Unknown JSON Schema type '{type}'."),
    };

    private static string Describe(JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString()))
        : type.GetString()!;

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Undefined => "nothing",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string Child(string path, string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? $"{path}.{name}" : $"{path}['{name}']";
}

using System.Globalization;
using System.Text.Json;

namespace MlOps.Pipeline.Envelope;

/// <summary>
/// A small, reflection-free JSON Schema validator for the subset envelope.schema.json uses:
/// <c>type</c> (incl. arrays of types), <c>properties</c>, <c>required</c>, <c>additionalProperties</c>, <c>items</c>,
/// <c>enum</c>, <c>minimum</c>, <c>maximum</c>, <c>minLength</c>, <c>maxLength</c>, <c>pattern</c>, <c>minItems</c>,
/// <c>format: date-time</c> and local <c>$ref</c> (<c>#/$defs/...</c>). The schema is compiled once into nodes.
/// Written instead of NJsonSchema to keep the functions free of Newtonsoft and reflection (trim/AOT-clean);
/// NJsonSchema 11.6.2 also does not resolve <c>$defs</c> references (bench/PipelineCore). Unknown keywords are ignored.
/// </summary>
public sealed class SchemaValidator
{
    private readonly JsonElement _root;
    private readonly Dictionary<string, SchemaNode> _compiled = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly SchemaNode _rootNode;

    /// <summary>Compiles a validator from a parsed schema document (kept alive by the caller).</summary>
    public SchemaValidator(JsonElement schemaRoot)
    {
        _root = schemaRoot;
        _rootNode = SchemaNode.Compile(schemaRoot, Resolve);
    }

    /// <summary>Validates <paramref name="instance"/> against the root schema, or the <c>$defs</c> entry named.</summary>
    public IReadOnlyList<SchemaViolation> Validate(JsonElement instance, string? definition = null)
    {
        var violations = new List<SchemaViolation>();
        Check(definition is null ? _rootNode : Resolve("#/$defs/" + definition), instance, "$", violations);
        return violations;
    }

    private static void Check(SchemaNode node, JsonElement value, string path, List<SchemaViolation> violations)
    {
        if (node.AcceptsAnything)
        {
            return;
        }

        if (node.Reference is not null)
        {
            node = node.Reference.Value;
        }

        if (node.Types is not null && !node.MatchesType(value))
        {
            violations.Add(new SchemaViolation(path, $"expected {string.Join(" or ", node.Types)}, got {Kind(value)}"));
            return;
        }

        if (node.Enum is not null && !node.Enum.Any(allowed => JsonElement.DeepEquals(allowed, value)))
        {
            violations.Add(new SchemaViolation(path, $"{value.GetRawText()} is not one of {node.EnumText}"));
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(node, value, path, violations);
                break;
            case JsonValueKind.Array:
                CheckArray(node, value, path, violations);
                break;
            case JsonValueKind.String:
                CheckString(node, value.GetString()!, path, violations);
                break;
            case JsonValueKind.Number:
                CheckNumber(node, value.GetDouble(), path, violations);
                break;
            default:
                break;
        }
    }

    private static void CheckObject(SchemaNode node, JsonElement value, string path, List<SchemaViolation> violations)
    {
        foreach (var name in node.Required)
        {
            if (!value.TryGetProperty(name, out _))
            {
                violations.Add(new SchemaViolation(Child(path, name), "is required"));
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            if (node.Properties is not null && node.Properties.TryGetValue(property.Name, out var propertyNode))
            {
                Check(propertyNode, property.Value, Child(path, property.Name), violations);
            }
            else if (node.AdditionalForbidden)
            {
                violations.Add(new SchemaViolation(Child(path, property.Name), "is not an allowed property"));
            }
            else if (node.AdditionalProperties is not null)
            {
                Check(node.AdditionalProperties, property.Value, Child(path, property.Name), violations);
            }
        }
    }

    private static void CheckArray(SchemaNode node, JsonElement value, string path, List<SchemaViolation> violations)
    {
        if (node.MinItems is { } minItems && value.GetArrayLength() < minItems)
        {
            violations.Add(new SchemaViolation(path, $"needs at least {minItems} item(s), has {value.GetArrayLength()}"));
        }

        if (node.Items is not null)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(node.Items, item, $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]", violations);
                index++;
            }
        }
    }

    private static void CheckString(SchemaNode node, string text, string path, List<SchemaViolation> violations)
    {
        if (node.MinLength is { } minLength && text.Length < minLength)
        {
            violations.Add(new SchemaViolation(path, $"must be at least {minLength} character(s) long"));
        }

        if (node.MaxLength is { } maxLength && text.Length > maxLength)
        {
            violations.Add(new SchemaViolation(path, $"must be at most {maxLength} character(s) long"));
        }

        if (node.Pattern is not null && !node.Pattern.IsMatch(text))
        {
            violations.Add(new SchemaViolation(path, $"does not match the pattern {node.Pattern}"));
        }

        if (node.DateTime && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
        {
            violations.Add(new SchemaViolation(path, "is not an ISO 8601 date-time"));
        }
    }

    private static void CheckNumber(SchemaNode node, double number, string path, List<SchemaViolation> violations)
    {
        if (node.Minimum is { } minimum && number < minimum)
        {
            violations.Add(new SchemaViolation(path, $"must be >= {node.MinimumText}"));
        }

        if (node.Maximum is { } maximum && number > maximum)
        {
            violations.Add(new SchemaViolation(path, $"must be <= {node.MaximumText}"));
        }
    }

    private SchemaNode Resolve(string reference)
    {
        lock (_gate)
        {
            if (_compiled.TryGetValue(reference, out var cached))
            {
                return cached;
            }
        }

        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Only local $ref is supported, got '{reference}'.");
        }

        var element = _root;
        foreach (var segment in reference[2..].Split('/'))
        {
            if (!element.TryGetProperty(segment, out element))
            {
                throw new InvalidOperationException($"The schema has no '{reference}'.");
            }
        }

        var node = SchemaNode.Compile(element, Resolve);
        lock (_gate)
        {
            return _compiled.TryAdd(reference, node) ? node : _compiled[reference];
        }
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Undefined => "nothing",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string Child(string path, string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? $"{path}.{name}" : $"{path}['{name}']";
}

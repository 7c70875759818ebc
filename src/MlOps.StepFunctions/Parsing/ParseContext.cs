using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Model;
using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Parsing;

/// <summary>Collects validation errors and offers typed field readers that report instead of throwing.</summary>
internal sealed class ParseContext
{
    private readonly List<AslValidationError> _errors = [];

    public IReadOnlyList<AslValidationError> Errors => _errors;

    public void Report(string pointer, string message) => _errors.Add(new AslValidationError(pointer, message));

    public static string Child(string pointer, string key) => pointer + "/" + PayloadTemplate.EscapePointer(key);

    public string? String(JsonObject o, string field, string pointer, bool required = false)
    {
        if (!o.TryGetPropertyValue(field, out var node))
        {
            if (required)
            {
                Report(pointer, "missing required field '" + field + "'");
            }

            return null;
        }

        if (JsonValues.TryGetString(node, out var s))
        {
            return s;
        }

        Report(Child(pointer, field), "'" + field + "' must be a string");
        return null;
    }

    public double? Number(JsonObject o, string field, string pointer, double min = double.MinValue, double max = double.MaxValue)
    {
        if (!o.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        if (!JsonValues.TryGetNumber(node, out var d))
        {
            Report(Child(pointer, field), "'" + field + "' must be a number");
            return null;
        }

        if (d < min || d > max)
        {
            Report(Child(pointer, field), string.Create(CultureInfo.InvariantCulture, $"'{field}' must be between {min} and {max}"));
        }

        return d;
    }

    public int? Integer(JsonObject o, string field, string pointer, long min = 0, long max = int.MaxValue)
    {
        if (!o.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        if (!JsonValues.TryGetLong(node, out var l))
        {
            Report(Child(pointer, field), "'" + field + "' must be an integer");
            return null;
        }

        if (l < min || l > max)
        {
            Report(Child(pointer, field), string.Create(CultureInfo.InvariantCulture, $"'{field}' must be between {min} and {max}"));
            return null;
        }

        return (int)l;
    }

    public bool Bool(JsonObject o, string field, string pointer)
    {
        if (!o.TryGetPropertyValue(field, out var node))
        {
            return false;
        }

        if (JsonValues.TryGetBool(node, out var b))
        {
            return b;
        }

        Report(Child(pointer, field), "'" + field + "' must be a boolean");
        return false;
    }

    public JsonPath? Path(JsonObject o, string field, string pointer, bool allowVariables = true)
    {
        var text = String(o, field, pointer);
        if (text is null)
        {
            return null;
        }

        try
        {
            var path = JsonPath.Parse(text);
            if (!allowVariables && path.Root == PathRoot.Variable)
            {
                Report(Child(pointer, field), "'" + field + "' cannot reference a variable");
            }

            return path;
        }
        catch (FormatException ex)
        {
            Report(Child(pointer, field), ex.Message);
            return null;
        }
    }

    public OptionalPath OptionalPath(JsonObject o, string field, string pointer)
    {
        if (!o.TryGetPropertyValue(field, out var node))
        {
            return Model.OptionalPath.Default;
        }

        if (node is null)
        {
            return new OptionalPath(null, true);
        }

        var path = Path(o, field, pointer);
        return path is null ? Model.OptionalPath.Default : new OptionalPath(path, false);
    }

    public PayloadTemplate? Template(JsonObject o, string field, string pointer, bool requireObject = true)
    {
        if (!o.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        if (requireObject && node is not JsonObject)
        {
            Report(Child(pointer, field), "'" + field + "' must be an object");
            return null;
        }

        return PayloadTemplate.Compile(node, Child(pointer, field), Report);
    }

    public static JsonValueKind Kind(JsonNode? node) => JsonValues.Kind(node);
}

using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Json;

namespace MlOps.StepFunctions.QueryLanguages;

/// <summary>Numeric fields (TimeoutSeconds, MaxConcurrency, ToleratedFailure*, Wait Seconds) given as literals or expressions.</summary>
internal sealed partial class JsonataEvaluator
{
    /// <summary>An integer ≥ <paramref name="min"/>, or null when the field is absent.</summary>
    public int? Integer(JsonNode? node, string field, long min)
    {
        if (node is null)
        {
            return null;
        }

        var value = Field(node, field);
        if (JsonValues.TryGetNumber(value, out var d) && d == Math.Floor(d) && d >= min && d <= int.MaxValue)
        {
            return (int)d;
        }

        throw JsonataExpressions.TryGetText(node, out var text)
            ? TypeMismatch(text, field, "integer", value)
            : Failure("The " + field + " field must be an integer of at least " + min.ToString(CultureInfo.InvariantCulture)
                      + " but was: " + JsonValues.ToJson(value));
    }

    /// <summary>A positive integer (TimeoutSeconds, HeartbeatSeconds), or null when absent.</summary>
    public int? PositiveInteger(JsonNode? node, string field) => Integer(node, field, 1);

    /// <summary>A number in [0, 100], or null when absent.</summary>
    public double? Percentage(JsonNode? node, string field)
    {
        if (node is null)
        {
            return null;
        }

        var value = Field(node, field);
        if (JsonValues.TryGetNumber(value, out var d) && d is >= 0 and <= 100)
        {
            return d;
        }

        throw JsonataExpressions.TryGetText(node, out var text)
            ? TypeMismatch(text, field, "number", value)
            : Failure("ToleratedFailurePercentage must be between 0 and 100.");
    }
}

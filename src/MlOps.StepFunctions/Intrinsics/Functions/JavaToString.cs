using System.Text;
using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Intrinsics.Functions;

/// <summary>
/// Renders a value as AWS's States.Format inserts it: Java's <c>toString</c> of the value converted to
/// Java collections. Strings are inserted bare, objects as <c>{Arg1=1, Arg2=[]}</c>, arrays as <c>[1, 2]</c>.
/// </summary>
internal static class JavaToString
{
    /// <summary>The Java rendering of <paramref name="value"/>.</summary>
    public static string Render(JsonNode? value)
    {
        if (value is not JsonObject and not JsonArray)
        {
            // Scalars (the usual States.Format argument) need no builder.
            return Scalar(value);
        }

        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, JsonNode? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject obj:
                sb.Append('{');
                var first = true;
                foreach (var (key, item) in obj)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    sb.Append(key).Append('=');
                    Append(sb, item);
                }

                sb.Append('}');
                break;
            case JsonArray array:
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    Append(sb, array[i]);
                }

                sb.Append(']');
                break;
            default:
                sb.Append(Scalar(value));
                break;
        }
    }

    private static string Scalar(JsonNode? value) => value is null ? "null" : JsonKinds.Of(value) switch
    {
        ArgumentKinds.String => value.GetValue<string>(),
        ArgumentKinds.Number => JavaNumberText.Format(value),
        _ => value.ToJsonString(),
    };
}

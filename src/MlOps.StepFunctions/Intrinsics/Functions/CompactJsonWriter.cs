using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Intrinsics.Functions;

/// <summary>
/// Serialises JSON without whitespace the way AWS (Jackson) does: non-ASCII characters are kept, only
/// <c>"</c>, <c>\</c> and control characters are escaped, numbers use <see cref="JavaNumberText"/>.
/// </summary>
internal static class CompactJsonWriter
{
    /// <summary>The compact JSON text of <paramref name="value"/>.</summary>
    public static string Write(JsonNode? value)
    {
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
                        sb.Append(',');
                    }

                    first = false;
                    AppendString(sb, key);
                    sb.Append(':');
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
                        sb.Append(',');
                    }

                    Append(sb, array[i]);
                }

                sb.Append(']');
                break;
            default:
                switch (JsonKinds.Of(value))
                {
                    case ArgumentKinds.String:
                        AppendString(sb, value.GetValue<string>());
                        break;
                    case ArgumentKinds.Number:
                        sb.Append(JavaNumberText.Format(value));
                        break;
                    default:
                        sb.Append(value.ToJsonString());
                        break;
                }

                break;
        }
    }

    private static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case < ' ': sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }

        sb.Append('"');
    }
}

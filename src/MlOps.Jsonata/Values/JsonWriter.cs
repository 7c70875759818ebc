using System.Globalization;
using System.Text;

namespace MlOps.Jsonata.Values;

/// <summary>Writes values as JSON text the way JavaScript's <c>JSON.stringify</c> does (numbers included).</summary>
internal static class JsonWriter
{
    public static string Write(object? v, bool pretty, bool precision15)
    {
        var sb = new StringBuilder();
        WriteValue(sb, v, pretty, precision15, 0);
        return sb.ToString();
    }

    private static void WriteValue(StringBuilder sb, object? v, bool pretty, bool p15, int indent)
    {
        switch (v)
        {
            case null or JNull:
                sb.Append("null");
                break;
            case string s:
                WriteString(sb, s);
                break;
            case double d:
                if (!double.IsFinite(d))
                {
                    if (p15 && double.IsInfinity(d))
                    {
                        throw new JsonataException("D1001", $"Number out of range: {d}");
                    }

                    sb.Append("null");
                }
                else
                {
                    sb.Append(NumberFormat.ToJs(p15 ? NumberFormat.Precision15(d) : d));
                }

                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case JFunction:
                sb.Append("\"\"");
                break;
            case JArray a:
                {
                    sb.Append('[');
                    var first = true;
                    foreach (var x in a)
                    {
                        if (!first)
                        {
                            sb.Append(',');
                        }

                        first = false;
                        NewLine(sb, pretty, indent + 1);
                        WriteValue(sb, x, pretty, p15, indent + 1);
                    }

                    if (!first)
                    {
                        NewLine(sb, pretty, indent);
                    }

                    sb.Append(']');
                    break;
                }

            case JObject o:
                {
                    sb.Append('{');
                    var first = true;
                    foreach (var kv in o)
                    {
                        if (kv.Value is null)
                        {
                            continue;
                        }

                        if (!first)
                        {
                            sb.Append(',');
                        }

                        first = false;
                        NewLine(sb, pretty, indent + 1);
                        WriteString(sb, kv.Key);
                        sb.Append(pretty ? ": " : ":");
                        WriteValue(sb, kv.Value, pretty, p15, indent + 1);
                    }

                    if (!first)
                    {
                        NewLine(sb, pretty, indent);
                    }

                    sb.Append('}');
                    break;
                }

            default:
                sb.Append("null");
                break;
        }
    }

    private static void NewLine(StringBuilder sb, bool pretty, int indent)
    {
        if (pretty)
        {
            sb.Append('\n').Append(' ', indent * 2);
        }
    }

    public static void WriteString(StringBuilder sb, string s)
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
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Json;

/// <summary>Small helpers over <see cref="JsonNode"/>: kinds, numbers, equality, serialisation.</summary>
internal static class JsonValues
{
    private static readonly JsonSerializerOptions s_compact = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonValueKind Kind(JsonNode? node) => node is null ? JsonValueKind.Null : node.GetValueKind();

    public static bool TryGetNumber(JsonNode? node, out double value)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
        {
            value = ToDouble(v);
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Any numeric JsonValue (parsed element or a CLR number of any type) as a double.</summary>
    private static double ToDouble(JsonValue v)
    {
        if (v.TryGetValue<double>(out var d))
        {
            return d;
        }

        if (v.TryGetValue<JsonElement>(out var e))
        {
            return e.GetDouble();
        }

        if (v.TryGetValue<long>(out var l))
        {
            return l;
        }

        if (v.TryGetValue<int>(out var i))
        {
            return i;
        }

        if (v.TryGetValue<decimal>(out var m))
        {
            return (double)m;
        }

        if (v.TryGetValue<float>(out var f))
        {
            return f;
        }

        return double.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static bool TryGetString(JsonNode? node, out string value)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            value = v.GetValue<string>();
            return true;
        }

        value = "";
        return false;
    }

    public static bool TryGetBool(JsonNode? node, out bool value)
    {
        var kind = Kind(node);
        value = kind == JsonValueKind.True;
        return kind is JsonValueKind.True or JsonValueKind.False;
    }

    /// <summary>True when the number has no fractional part and fits a long.</summary>
    public static bool TryGetLong(JsonNode? node, out long value)
    {
        value = 0;
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
        {
            if (v.TryGetValue<long>(out value))
            {
                return true;
            }

            if (v.TryGetValue<JsonElement>(out var e))
            {
                return e.TryGetInt64(out value);
            }

            if (v.TryGetValue<int>(out var i))
            {
                value = i;
                return true;
            }
        }

        return false;
    }

    public static string ToJson(JsonNode? node) => node is null ? "null" : node.ToJsonString(s_compact);

    public static JsonNode? Clone(JsonNode? node) => node?.DeepClone();

    public static bool DeepEquals(JsonNode? a, JsonNode? b)
    {
        var ka = Kind(a);
        var kb = Kind(b);
        if (ka != kb)
        {
            return false;
        }

        switch (ka)
        {
            case JsonValueKind.Null:
            case JsonValueKind.True:
            case JsonValueKind.False:
                return true;
            case JsonValueKind.Number:
                return ToDouble((JsonValue)a!) == ToDouble((JsonValue)b!);
            case JsonValueKind.String:
                return a!.GetValue<string>() == b!.GetValue<string>();
            case JsonValueKind.Array:
                var xa = (JsonArray)a!;
                var xb = (JsonArray)b!;
                if (xa.Count != xb.Count)
                {
                    return false;
                }

                for (var i = 0; i < xa.Count; i++)
                {
                    if (!DeepEquals(xa[i], xb[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                var oa = (JsonObject)a!;
                var ob = (JsonObject)b!;
                if (oa.Count != ob.Count)
                {
                    return false;
                }

                foreach (var (key, value) in oa)
                {
                    if (!ob.TryGetPropertyValue(key, out var other) || !DeepEquals(value, other))
                    {
                        return false;
                    }
                }

                return true;
        }
    }

    /// <summary>Byte size of the compact UTF-8 serialisation (for the 256 KiB payload limit).</summary>
    public static int Utf8Size(JsonNode? node) => System.Text.Encoding.UTF8.GetByteCount(ToJson(node));
}

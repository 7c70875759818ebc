using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlOps.Jsonata.Values;

/// <summary>Conversion between <see cref="JsonNode"/> / JSON text and the internal value model.</summary>
internal static class Json
{
    public static object? FromNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return JNull.Value;
            case JsonObject o:
                {
                    var r = new JObject(o.Count);
                    foreach (var kv in o)
                    {
                        r[kv.Key] = FromNode(kv.Value);
                    }

                    return r;
                }

            case JsonArray a:
                {
                    var r = new JArray(a.Count);
                    foreach (var x in a)
                    {
                        r.Add(FromNode(x));
                    }

                    return r;
                }

            default:
                {
                    var v = node.AsValue();
                    return v.GetValueKind() switch
                    {
                        JsonValueKind.String => v.GetValue<string>(),
                        JsonValueKind.Number => v.TryGetValue<double>(out var d) ? d : double.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture),
                        JsonValueKind.True => Boxes.True,
                        JsonValueKind.False => Boxes.False,
                        _ => JNull.Value,
                    };
                }
        }
    }

    public static object? Parse(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    var o = new JObject();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var key = reader.GetString()!;
                        reader.Read();
                        o[key] = Parse(ref reader);
                    }

                    return o;
                }

            case JsonTokenType.StartArray:
                {
                    var a = new JArray();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        a.Add(Parse(ref reader));
                    }

                    return a;
                }

            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.GetDouble();
            case JsonTokenType.True:
                return Boxes.True;
            case JsonTokenType.False:
                return Boxes.False;
            default:
                return JNull.Value;
        }
    }

    public static object? Parse(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = 1000 });
        reader.Read();
        return Parse(ref reader);
    }

    public static JsonNode? ToNode(object? v) => v switch
    {
        null or JNull => null,
        string s => JsonValue.Create(s),
        double d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        JArray a => new JsonArray(a.Where(x => x is not null).Select(ToNode).ToArray()),
        JObject o => ToObject(o),
        JFunction => JsonValue.Create(""),
        _ => null,
    };

    private static JsonObject ToObject(JObject o)
    {
        var r = new JsonObject();
        foreach (var kv in o)
        {
            if (kv.Value is not null)
            {
                r[kv.Key] = ToNode(kv.Value);
            }
        }

        return r;
    }

    public static object? Clone(object? v) => v switch
    {
        JArray a => CloneArray(a),
        JObject o => CloneObject(o),
        _ => v,
    };

    private static JArray CloneArray(JArray a)
    {
        var r = new JArray(a.Count);
        foreach (var x in a)
        {
            r.Add(Clone(x));
        }

        return r;
    }

    private static JObject CloneObject(JObject o)
    {
        var r = new JObject(o.Count);
        foreach (var kv in o)
        {
            r[kv.Key] = Clone(kv.Value);
        }

        return r;
    }
}

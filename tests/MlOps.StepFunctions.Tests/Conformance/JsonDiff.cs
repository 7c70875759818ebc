using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Tests.Conformance;

/// <summary>Path-level JSON comparison: key order ignored, numbers by value; returns "" when equal.</summary>
internal static class JsonDiff
{
    public static string Describe(JsonNode? expected, JsonNode? actual, string path)
    {
        var ke = expected?.GetValueKind() ?? JsonValueKind.Null;
        var ka = actual?.GetValueKind() ?? JsonValueKind.Null;
        if (ke != ka)
        {
            return path + ": expected " + Text(expected) + " got " + Text(actual);
        }

        switch (ke)
        {
            case JsonValueKind.Object:
                var eo = expected!.AsObject();
                var ao = actual!.AsObject();
                foreach (var (key, value) in eo)
                {
                    if (!ao.TryGetPropertyValue(key, out var other))
                    {
                        return path + "." + key + ": missing";
                    }

                    var d = Describe(value, other, path + "." + key);
                    if (d.Length > 0)
                    {
                        return d;
                    }
                }

                var extra = ao.Select(p => p.Key).FirstOrDefault(k => !eo.ContainsKey(k));
                return extra is null ? "" : path + "." + extra + ": unexpected";
            case JsonValueKind.Array:
                var ea = expected!.AsArray();
                var aa = actual!.AsArray();
                if (ea.Count != aa.Count)
                {
                    return path + ": expected " + ea.Count + " items got " + aa.Count;
                }

                for (var i = 0; i < ea.Count; i++)
                {
                    var d = Describe(ea[i], aa[i], path + "[" + i + "]");
                    if (d.Length > 0)
                    {
                        return d;
                    }
                }

                return "";
            case JsonValueKind.Number:
                return double.Parse(expected!.ToJsonString(), CultureInfo.InvariantCulture) == double.Parse(actual!.ToJsonString(), CultureInfo.InvariantCulture) ? "" : path + ": expected " + Text(expected) + " got " + Text(actual);
            default:
                return Text(expected) == Text(actual) ? "" : path + ": expected " + Text(expected) + " got " + Text(actual);
        }
    }

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";
}

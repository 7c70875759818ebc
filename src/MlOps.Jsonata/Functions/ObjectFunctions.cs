using MlOps.Jsonata.Evaluation;
using MlOps.Jsonata.Values;
using static MlOps.Jsonata.Functions.Library;

namespace MlOps.Jsonata.Functions;

/// <summary>Object functions: keys, lookup, spread, merge, each, sift, error, assert.</summary>
internal static class ObjectFunctions
{
    public static IEnumerable<NativeFunction> Definitions()
    {
        yield return Define("keys", "<x-:a<s>>", 1, (_, a, _, _) => Keys(a[0]));
        yield return Define("lookup", "<x-s:x>", 2, (_, a, _, _) => a[1] is string key ? Evaluator.Lookup(a[0], key) : null);
        yield return Define("spread", "<x-:a<o>>", 1, (_, a, _, _) => Spread(a[0]));
        yield return Define("merge", "<a<o>:o>", 1, (_, a, _, _) =>
        {
            if (a[0] is not JArray arr)
            {
                return null;
            }

            var r = new JObject();
            foreach (var o in arr)
            {
                foreach (var kv in (JObject)o!)
                {
                    r[kv.Key] = kv.Value;
                }
            }

            return r;
        });
        yield return Define("each", "<o-f:a>", 2, (ev, a, _, env) =>
        {
            if (a[0] is not JObject o)
            {
                return null;
            }

            var result = JArray.Sequence();
            foreach (var kv in o)
            {
                var v = ev.CallHof((JFunction)a[1]!, kv.Value, kv.Key, o, env);
                if (v is not null)
                {
                    result.Add(v);
                }
            }

            return result;
        });
        yield return Define("sift", "<o-f?:o>", 2, (ev, a, _, env) =>
        {
            if (a[0] is not JObject o)
            {
                return null;
            }

            var result = new JObject();
            foreach (var kv in o)
            {
                if (Ops.Truthy(ev.CallHof((JFunction)a[1]!, kv.Value, kv.Key, o, env)))
                {
                    result[kv.Key] = kv.Value;
                }
            }

            return result.Count == 0 ? null : result;
        });
        yield return Define("error", "<s?:x>", 1, (_, a, _, _) =>
            throw new JsonataException("D3137", Arg(a, 0) as string ?? "$error() function evaluated"));
        yield return Define("assert", "<bs?:x>", 2, (_, a, _, _) =>
            a[0] is true ? null : throw new JsonataException("D3141", Arg(a, 1) as string ?? "$assert() statement failed"));
    }

    private static JArray Keys(object? v)
    {
        var result = JArray.Sequence();
        if (v is JArray arr)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in arr)
            {
                if (item is JObject o)
                {
                    foreach (var k in o.Keys)
                    {
                        if (seen.Add(k))
                        {
                            result.Add(k);
                        }
                    }
                }
            }
        }
        else if (v is JObject o)
        {
            foreach (var k in o.Keys)
            {
                result.Add(k);
            }
        }

        return result;
    }

    private static object? Spread(object? v)
    {
        if (v is JArray arr)
        {
            object? result = JArray.Sequence();
            foreach (var item in arr)
            {
                result = Ops.Append(result, Spread(item));
            }

            return result;
        }

        if (v is JObject o)
        {
            var result = JArray.Sequence();
            foreach (var kv in o)
            {
                result.Add(new JObject { [kv.Key] = kv.Value });
            }

            return result;
        }

        return v;
    }
}

namespace MlOps.Jsonata.Values;

/// <summary>Core value semantics: truthiness, deep equality, flattening, appending.</summary>
internal static class Ops
{
    /// <summary>JSONata's <c>isNumeric</c>: true for finite numbers; an infinite number is error D1001.</summary>
    public static bool IsNumber(object? v)
    {
        if (v is not double d || double.IsNaN(d))
        {
            return false;
        }

        return double.IsFinite(d) ? true : throw new JsonataException("D1001", $"Number out of range: {d}");
    }

    public static bool IsArrayOfNumbers(object? v)
    {
        if (v is not JArray a)
        {
            return false;
        }

        foreach (var x in a)
        {
            if (!IsNumber(x))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsArrayOfStrings(object? v)
    {
        if (v is not JArray a)
        {
            return false;
        }

        foreach (var x in a)
        {
            if (x is not string)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>JSONata's <c>$boolean</c>; null (C#) result means undefined.</summary>
    public static bool? Boolean(object? v)
    {
        switch (v)
        {
            case null:
                return null;
            case JArray a:
                if (a.Count == 1)
                {
                    return Boolean(a[0]);
                }

                foreach (var x in a)
                {
                    if (Boolean(x) == true)
                    {
                        return true;
                    }
                }

                return false;
            case string s:
                return s.Length > 0;
            case double d:
                return d != 0;
            case bool b:
                return b;
            case JObject o:
                return o.Count > 0;
            default:
                return false;
        }
    }

    public static bool Truthy(object? v) => Boolean(v) == true;

    public static bool DeepEquals(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        switch (a)
        {
            case double x:
                return b is double y && x == y;
            case string s:
                return b is string t && string.Equals(s, t, StringComparison.Ordinal);
            case bool p:
                return b is bool q && p == q;
            case JArray x:
                {
                    if (b is not JArray ya || x.Count != ya.Count)
                    {
                        return false;
                    }

                    for (var i = 0; i < x.Count; i++)
                    {
                        if (!DeepEquals(x[i], ya[i]))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            case JObject xo:
                {
                    if (b is not JObject yo || xo.Count != yo.Count)
                    {
                        return false;
                    }

                    foreach (var kv in xo)
                    {
                        if (!yo.TryGetValue(kv.Key, out var other) || !DeepEquals(kv.Value, other))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            default:
                return false;
        }
    }

    /// <summary>JSONata's <c>$append</c>: concatenates, treating non-arrays as singletons.</summary>
    public static object? Append(object? a, object? b)
    {
        if (a is null)
        {
            return b;
        }

        if (b is null)
        {
            return a;
        }

        var result = new JArray();
        if (a is JArray aa)
        {
            result.AddRange(aa);
        }
        else
        {
            result.Add(a);
        }

        if (b is JArray bb)
        {
            result.AddRange(bb);
        }
        else
        {
            result.Add(b);
        }

        return result;
    }

    public static void Flatten(object? v, JArray into)
    {
        if (v is JArray a)
        {
            foreach (var x in a)
            {
                Flatten(x, into);
            }
        }
        else
        {
            into.Add(v);
        }
    }

    public static string TypeOf(object? v) => v switch
    {
        null => "undefined",
        string => "string",
        double => "number",
        bool => "boolean",
        JNull => "null",
        JArray => "array",
        JFunction => "function",
        _ => "object",
    };
}

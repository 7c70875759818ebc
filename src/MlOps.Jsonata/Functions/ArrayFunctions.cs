using MlOps.Jsonata.Evaluation;
using MlOps.Jsonata.Values;
using static MlOps.Jsonata.Functions.Library;

namespace MlOps.Jsonata.Functions;

/// <summary>Array functions: append, reverse, distinct, shuffle, sort, zip, exists, boolean, not, type.</summary>
internal static class ArrayFunctions
{
    public static IEnumerable<NativeFunction> Definitions()
    {
        yield return Define("append", "<xx:a>", 2, (_, a, _, _) => Ops.Append(a[0], a[1]));
        yield return Define("reverse", "<a:a>", 1, (_, a, _, _) =>
        {
            if (a[0] is not JArray arr || arr.Count <= 1)
            {
                return a[0];
            }

            var r = new JArray(arr);
            r.Reverse();
            return r;
        });
        yield return Define("distinct", "<x:x>", 1, (_, a, _, _) => Distinct(a[0]));
        yield return Define("shuffle", "<a:a>", 1, (ev, a, _, _) =>
        {
            if (a[0] is not JArray arr || arr.Count <= 1)
            {
                return a[0];
            }

            var r = new JArray(arr);
            for (var i = r.Count - 1; i > 0; i--)
            {
                var j = ev.Random.Next(i + 1);
                (r[i], r[j]) = (r[j], r[i]);
            }

            return r;
        });
        yield return Define("sort", "<af?:a>", 2, (ev, a, _, env) => Sort(ev, a[0], Arg(a, 1) as JFunction, env));
        yield return Define("zip", "<a+>", 1, (_, a, _, _) =>
        {
            var arrays = a.Select(x => x as JArray ?? []).ToList();
            var len = arrays.Count == 0 ? 0 : arrays.Min(x => x.Count);
            var result = new JArray(len);
            for (var i = 0; i < len; i++)
            {
                var tuple = new JArray(arrays.Count);
                foreach (var arr in arrays)
                {
                    tuple.Add(arr[i]);
                }

                result.Add(tuple);
            }

            return result;
        });
        yield return Define("exists", "<x:b>", 1, (_, a, _, _) => Boxes.Of(a[0] is not null));
        yield return Define("boolean", "<x-:b>", 1, (_, a, _, _) => Ops.Boolean(a[0]) is { } b ? Boxes.Of(b) : null);
        yield return Define("not", "<x-:b>", 1, (_, a, _, _) => Ops.Boolean(a[0]) is { } b ? Boxes.Of(!b) : null);
        yield return Define("type", "<x:s>", 1, (_, a, _, _) => a[0] is null ? null : Ops.TypeOf(a[0]));
    }

    private static object? Distinct(object? v)
    {
        if (v is not JArray arr || arr.Count <= 1)
        {
            return v;
        }

        var result = new JArray { IsSequence = arr.IsSequence };
        foreach (var x in arr)
        {
            if (!result.Exists(r => Ops.DeepEquals(r, x)))
            {
                result.Add(x);
            }
        }

        return result;
    }

    private static object? Sort(Evaluator ev, object? v, JFunction? fn, Frame env)
    {
        if (v is not JArray arr || arr.Count <= 1)
        {
            return v;
        }

        Func<object?, object?, int> compare;
        if (fn is null)
        {
            if (arr.TrueForAll(x => x is double))
            {
                compare = (x, y) => ((double)x!).CompareTo((double)y!);
            }
            else if (arr.TrueForAll(x => x is string))
            {
                compare = (x, y) => string.CompareOrdinal((string)x!, (string)y!);
            }
            else
            {
                throw new JsonataException("D3070", "The single argument form of the sort function can only be applied to an array of strings or an array of numbers.  Use the second argument to specify a comparison function");
            }
        }
        else
        {
            compare = (x, y) => Ops.Truthy(ev.Apply(fn, [x, y], null, env, -1)) ? 1 : 0;
        }

        return Evaluator.MergeSort(arr, compare);
    }
}

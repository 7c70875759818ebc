using MlOps.Jsonata.Parsing;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata.Evaluation;

/// <summary>Array and object constructors, grouping and sorting.</summary>
internal sealed partial class Evaluator
{
    private JArray EvalArray(Node expr, object? input, Frame env)
    {
        var result = new JArray(expr.Items!.Count);
        foreach (var item in expr.Items)
        {
            var value = Eval(item, input, env);
            if (value is null)
            {
                continue;
            }

            if (item.Kind == NodeKind.ArrayCons)
            {
                result.Add(value);
            }
            else if (value is JArray va)
            {
                result.AddRange(va);
            }
            else
            {
                result.Add(value);
            }
        }

        if (expr.ConsArray)
        {
            result.Cons = true;
        }

        return result;
    }

    private JObject EvalGroup(List<(Node Key, Node Value)> pairs, object? input, Frame env)
    {
        var result = new JObject();
        var groups = new Dictionary<string, (object? Data, int Index)>(StringComparer.Ordinal);
        var order = new List<string>();
        var inArr = input as JArray;
        var reduce = inArr is { TupleStream: true };
        inArr ??= JArray.Sequence(input);
        if (inArr.Count == 0)
        {
            inArr = JArray.Sequence(null);
        }

        foreach (var item in inArr)
        {
            var frame = reduce ? FrameFromTuple(env, (JTuple)item!) : env;
            var context = reduce ? ((JTuple)item!).Context : item;
            for (var pi = 0; pi < pairs.Count; pi++)
            {
                var key = Eval(pairs[pi].Key, context, frame);
                if (key is null)
                {
                    continue;
                }

                if (key is not string ks)
                {
                    throw new JsonataException("T1003", $"Key in object structure must evaluate to a string; got: {Functions.StringFunctions.ToJsonataString(key, false, -1)}", pairs[pi].Key.Position);
                }

                if (groups.TryGetValue(ks, out var g))
                {
                    if (g.Index != pi)
                    {
                        throw new JsonataException("D1009", $"Multiple key definitions evaluate to same key: {ks}", pairs[pi].Key.Position, ks);
                    }

                    groups[ks] = (Ops.Append(g.Data, item), pi);
                }
                else
                {
                    groups[ks] = (item, pi);
                    order.Add(ks);
                }
            }
        }

        foreach (var key in order)
        {
            var (data, index) = groups[key];
            var context = data;
            var frame = env;
            if (reduce)
            {
                var tuple = ReduceTupleStream(data);
                context = tuple.Context;
                tuple.Remove("@");
                frame = FrameFromTuple(env, tuple);
            }

            var value = Eval(pairs[index].Value, context, frame);
            if (value is not null)
            {
                result[key] = value;
            }
        }

        return result;
    }

    private static JTuple ReduceTupleStream(object? data)
    {
        if (data is JTuple single)
        {
            return new JTuple(single);
        }

        var stream = (JArray)data!;
        var result = new JTuple((JTuple)stream[0]!);
        for (var i = 1; i < stream.Count; i++)
        {
            foreach (var kv in (JTuple)stream[i]!)
            {
                result[kv.Key] = Ops.Append(result.TryGetValue(kv.Key, out var prev) ? prev : null, kv.Value);
            }
        }

        return result;
    }

    private object? EvalSort(Node expr, object? input, Frame env)
    {
        if (input is not JArray arr)
        {
            return input;
        }

        var isTuple = arr.TupleStream;
        var terms = expr.Terms!;
        int Comparator(object? a, object? b)
        {
            var comp = 0;
            foreach (var term in terms)
            {
                object? ca = a, cb = b;
                Frame fa = env, fb = env;
                if (isTuple)
                {
                    ca = ((JTuple)a!).Context;
                    fa = FrameFromTuple(env, (JTuple)a!);
                    cb = ((JTuple)b!).Context;
                    fb = FrameFromTuple(env, (JTuple)b!);
                }

                var aa = Eval(term.Expression, ca, fa);
                var bb = Eval(term.Expression, cb, fb);
                if (aa is null)
                {
                    comp = bb is null ? 0 : 1;
                    continue;
                }

                if (bb is null)
                {
                    comp = -1;
                    continue;
                }

                if (!(aa is string || Ops.IsNumber(aa)) || !(bb is string || Ops.IsNumber(bb)))
                {
                    throw new JsonataException("T2008", "The expressions within an order-by clause must evaluate to numeric or string values", expr.Position);
                }

                if (aa.GetType() != bb.GetType())
                {
                    throw new JsonataException("T2007", "Type mismatch within order-by clause. All values must be of the same type", expr.Position);
                }

                var c = aa is string sa ? string.CompareOrdinal(sa, (string)bb) : ((double)aa).CompareTo((double)bb);
                if (c == 0)
                {
                    continue;
                }

                comp = c < 0 ? -1 : 1;
                if (term.Descending)
                {
                    comp = -comp;
                }

                break;
            }

            return comp;
        }

        var sorted = MergeSort(arr, Comparator);
        sorted.IsSequence = true;
        sorted.TupleStream = isTuple;
        return sorted;
    }

    /// <summary>Stable merge sort (the comparator may throw, so no Array.Sort).</summary>
    public static JArray MergeSort(List<object?> items, Func<object?, object?, int> compare)
    {
        var a = items.ToArray();
        var tmp = new object?[a.Length];
        for (var width = 1; width < a.Length; width *= 2)
        {
            for (var lo = 0; lo < a.Length - width; lo += 2 * width)
            {
                var mid = lo + width;
                var hi = Math.Min(lo + (2 * width), a.Length);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi)
                {
                    tmp[k++] = compare(a[i], a[j]) > 0 ? a[j++] : a[i++];
                }

                while (i < mid)
                {
                    tmp[k++] = a[i++];
                }

                while (j < hi)
                {
                    tmp[k++] = a[j++];
                }

                Array.Copy(tmp, lo, a, lo, hi - lo);
            }
        }

        return new JArray(a);
    }
}

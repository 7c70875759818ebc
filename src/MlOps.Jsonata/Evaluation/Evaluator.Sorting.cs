using MlOps.Jsonata.Parsing;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata.Evaluation;

/// <summary>Order-by (<c>^(...)</c>) and the stable merge sort shared with <c>$sort</c>.</summary>
internal sealed partial class Evaluator
{
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

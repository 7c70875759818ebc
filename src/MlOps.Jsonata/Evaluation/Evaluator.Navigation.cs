using MlOps.Jsonata.Parsing;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata.Evaluation;

/// <summary>Predicates, field lookup, wildcards and descendants.</summary>
internal sealed partial class Evaluator
{
    private JArray EvalFilter(Node predicate, object? input, Frame env)
    {
        var results = JArray.Sequence();
        var inArr = input as JArray;
        if (inArr is { TupleStream: true })
        {
            results.TupleStream = true;
        }

        inArr ??= JArray.Sequence(input);
        if (predicate.Kind == NodeKind.Number)
        {
            var index = (int)Math.Floor((double)predicate.Literal!);
            if (index < 0)
            {
                index += inArr.Count;
            }

            var item = index >= 0 && index < inArr.Count ? inArr[index] : null;
            if (item is not null)
            {
                if (item is JArray ia)
                {
                    return ia;
                }

                results.Add(item);
            }

            return results;
        }

        for (var index = 0; index < inArr.Count; index++)
        {
            var item = inArr[index];
            var context = item;
            var frame = env;
            if (inArr.TupleStream)
            {
                context = ((JTuple)item!).Context;
                frame = FrameFromTuple(env, (JTuple)item!);
            }

            var res = Eval(predicate, context, frame);
            if (Ops.IsNumber(res))
            {
                var ii = (int)Math.Floor((double)res!);
                if (ii < 0)
                {
                    ii += inArr.Count;
                }

                if (ii == index)
                {
                    results.Add(item);
                }
            }
            else if (Ops.IsArrayOfNumbers(res) && ((JArray)res!).Count > 0)
            {
                foreach (var n in (JArray)res!)
                {
                    var ii = (int)Math.Floor((double)n!);
                    if (ii < 0)
                    {
                        ii += inArr.Count;
                    }

                    if (ii == index)
                    {
                        results.Add(item);
                    }
                }
            }
            else if (Ops.Truthy(res))
            {
                results.Add(item);
            }
        }

        return results;
    }

    public static object? Lookup(object? input, string key)
    {
        if (input is JArray arr)
        {
            var result = JArray.Sequence();
            foreach (var item in arr)
            {
                var res = Lookup(item, key);
                if (res is null)
                {
                    continue;
                }

                if (res is JArray ra)
                {
                    result.AddRange(ra);
                }
                else
                {
                    result.Add(res);
                }
            }

            return result;
        }

        return input is JObject o && o.TryGetValue(key, out var v) ? v : null;
    }

    private static JArray EvalWildcard(object? input)
    {
        var results = JArray.Sequence();
        if (input is JArray { OuterWrapper: true, Count: > 0 } w)
        {
            input = w[0];
        }

        IEnumerable<object?> values = input switch
        {
            JObject o => o.Values,
            JArray a => a,
            _ => [],
        };
        foreach (var value in values)
        {
            if (value is JArray va)
            {
                Ops.Flatten(va, results);
                results.IsSequence = false;
            }
            else
            {
                results.Add(value);
            }
        }

        return results;
    }

    private static object? EvalDescendants(object? input)
    {
        if (input is null)
        {
            return null;
        }

        var results = JArray.Sequence();
        Recurse(input, results);
        return results.Count == 1 ? results[0] : results;

        static void Recurse(object? v, JArray into)
        {
            if (v is JArray a)
            {
                foreach (var x in a)
                {
                    Recurse(x, into);
                }

                return;
            }

            into.Add(v);
            if (v is JObject o)
            {
                foreach (var kv in o)
                {
                    Recurse(kv.Value, into);
                }
            }
        }
    }
}

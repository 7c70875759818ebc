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
        var groups = new Dictionary<string, (object? Data, int Index, bool Owned)>(StringComparer.Ordinal);
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
            var tupleItem = reduce ? item as JTuple : null;
            var frame = tupleItem is not null ? FrameFromTuple(env, tupleItem) : env;
            var context = reduce ? tupleItem?.Context : item;
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

                    groups[ks] = (AppendOwned(g.Data, g.Owned, item), pi, true);
                }
                else
                {
                    groups[ks] = (item, pi, false);
                    order.Add(ks);
                }
            }
        }

        foreach (var key in order)
        {
            var (data, index, _) = groups[key];
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

    /// <summary><see cref="Ops.Append"/> that extends an array this grouping already owns instead of copying it.</summary>
    private static JArray AppendOwned(object? data, bool owned, object? item)
    {
        JArray list;
        if (owned)
        {
            list = (JArray)data!;
        }
        else
        {
            list = [];
            if (data is JArray da)
            {
                list.AddRange(da);
            }
            else
            {
                list.Add(data);
            }
        }

        if (item is JArray ia)
        {
            list.AddRange(ia);
        }
        else
        {
            list.Add(item);
        }

        return list;
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
}

using MlOps.Jsonata.Parsing;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata.Evaluation;

/// <summary>Location paths, steps, tuple streams and predicates.</summary>
internal sealed partial class Evaluator
{
    private object? EvalPath(Node expr, object? input, Frame env)
    {
        var steps = expr.Items!;
        if (expr.IsSimpleName && input is not JArray)
        {
            var value = Lookup(input, steps[0].Text);
            if (value is not JArray { IsSequence: true })
            {
                return value;
            }
        }

        JArray inputSeq = input is JArray arr && steps[0].Kind != NodeKind.Variable ? arr : JArray.Sequence(input);
        object? resultSeq = null;
        var isTuple = false;
        JArray? tupleBindings = null;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (step.Tuple)
            {
                isTuple = true;
            }

            if (i == 0 && step.ConsArray)
            {
                resultSeq = Eval(step, inputSeq, env);
            }
            else if (isTuple)
            {
                tupleBindings = EvalTupleStep(step, inputSeq, tupleBindings, env);
            }
            else
            {
                resultSeq = EvalStep(step, inputSeq, env, i == steps.Count - 1);
            }

            if (!isTuple && (resultSeq is null || (resultSeq is JArray { Count: 0 })))
            {
                break;
            }

            if (step.Focus is null)
            {
                inputSeq = resultSeq as JArray ?? JArray.Sequence(resultSeq);
            }
        }

        if (isTuple)
        {
            if (expr.Tuple)
            {
                resultSeq = tupleBindings;
            }
            else
            {
                var r = JArray.Sequence();
                if (tupleBindings is not null)
                {
                    foreach (var t in tupleBindings)
                    {
                        r.Add(((JTuple)t!).Context);
                    }
                }

                resultSeq = r;
            }
        }

        if (expr.KeepSingletonArray)
        {
            if (resultSeq is JArray { Cons: true, IsSequence: false } c)
            {
                resultSeq = JArray.Sequence(c);
            }

            if (resultSeq is JArray ks)
            {
                ks.KeepSingleton = true;
            }
        }

        if (expr.Group is not null)
        {
            resultSeq = EvalGroup(expr.Group, isTuple ? tupleBindings : resultSeq, env);
        }

        return resultSeq;
    }

    private JArray EvalStep(Node step, JArray input, Frame env, bool lastStep)
    {
        if (step.Kind == NodeKind.Sort)
        {
            var sorted = EvalSort(step, input, env);
            return step.Stages is not null ? (JArray)EvalStages(step.Stages, sorted, env)! : (JArray)sorted!;
        }

        var flat = JArray.Sequence();
        object? first = null;
        var count = 0;
        var plainName = step.Kind == NodeKind.Name && step.Stages is null && step.Predicates is null && step.Group is null && !step.KeepArray;
        foreach (var item in input)
        {
            var res = plainName ? UnwrapSequence(Lookup(item, step.Text)) : Eval(step, item, env);
            if (step.Stages is not null)
            {
                foreach (var stage in step.Stages)
                {
                    res = EvalFilter(stage.Filter!, res, env);
                }
            }

            if (res is null)
            {
                continue;
            }

            if (count++ == 0)
            {
                first = res;
            }

            if (res is JArray a && !a.Cons)
            {
                flat.AddRange(a);
            }
            else
            {
                flat.Add(res);
            }
        }

        if (lastStep && count == 1 && first is JArray only && !only.IsSequence)
        {
            return only;
        }

        return flat;
    }

    /// <summary>What <see cref="Eval"/> does to a sequence result: empty is undefined, a singleton is its item.</summary>
    private static object? UnwrapSequence(object? v) => v switch
    {
        JArray { IsSequence: true, TupleStream: false, Count: 0 } => null,
        JArray { IsSequence: true, TupleStream: false, Count: 1, KeepSingleton: false } s => s[0],
        _ => v,
    };

    private object? EvalStages(List<Stage> stages, object? input, Frame env)
    {
        foreach (var stage in stages)
        {
            if (stage.Filter is not null)
            {
                input = EvalFilter(stage.Filter, input, env);
            }
            else if (input is JArray a)
            {
                for (var i = 0; i < a.Count; i++)
                {
                    ((JTuple)a[i]!)[stage.IndexVar!] = (double)i;
                }
            }
        }

        return input;
    }

    private JArray EvalTupleStep(Node step, JArray input, JArray? tupleBindings, Frame env)
    {
        JArray result;
        if (step.Kind == NodeKind.Sort)
        {
            if (tupleBindings is not null)
            {
                result = (JArray)EvalSort(step, tupleBindings, env)!;
            }
            else
            {
                var sorted = (JArray)EvalSort(step, input, env)!;
                result = JArray.Sequence();
                result.TupleStream = true;
                for (var i = 0; i < sorted.Count; i++)
                {
                    var t = new JTuple { ["@"] = sorted[i] };
                    if (step.Index is not null)
                    {
                        t[step.Index] = (double)i;
                    }

                    result.Add(t);
                }
            }

            return step.Stages is not null ? (JArray)EvalStages(step.Stages, result, env)! : result;
        }

        result = JArray.Sequence();
        result.TupleStream = true;
        if (tupleBindings is null)
        {
            tupleBindings = new JArray(input.Count);
            foreach (var item in input)
            {
                tupleBindings.Add(new JTuple { ["@"] = item });
            }
        }

        foreach (var tb in tupleBindings)
        {
            var tuple = (JTuple)tb!;
            var stepEnv = FrameFromTuple(env, tuple);
            var res = Eval(step, tuple.Context, stepEnv);
            if (res is null)
            {
                continue;
            }

            var resArr = res as JArray ?? new JArray { res };
            for (var bb = 0; bb < resArr.Count; bb++)
            {
                var t = new JTuple(tuple);
                if (resArr.TupleStream)
                {
                    foreach (var kv in (JTuple)resArr[bb]!)
                    {
                        t[kv.Key] = kv.Value;
                    }
                }
                else
                {
                    if (step.Focus is not null)
                    {
                        t[step.Focus] = resArr[bb];
                        t["@"] = tuple.Context;
                    }
                    else
                    {
                        t["@"] = resArr[bb];
                    }

                    if (step.Index is not null)
                    {
                        t[step.Index] = (double)bb;
                    }

                    if (step.Ancestor is not null)
                    {
                        t[step.Ancestor.Label] = tuple.Context;
                    }
                }

                result.Add(t);
            }
        }

        return step.Stages is not null ? (JArray)EvalStages(step.Stages, result, env)! : result;
    }

    private static Frame FrameFromTuple(Frame env, JTuple tuple)
    {
        var frame = new Frame(env);
        foreach (var kv in tuple)
        {
            frame.Bind(kv.Key, kv.Value);
        }

        return frame;
    }
}

using MlOps.Jsonata.Parsing;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata.Evaluation;

/// <summary>The function produced by <c>| pattern | update, delete |</c>: copies its argument and modifies the copy.</summary>
internal sealed class TransformFunction(Node node, Frame env) : JFunction
{
    public override int Arity => 1;

    public override object? Invoke(Evaluator ev, List<object?> args, object? input, Frame callEnv)
    {
        var obj = args.Count > 0 ? args[0] : null;
        if (obj is null)
        {
            return null;
        }

        var result = Json.Clone(obj);
        var matches = ev.Eval(node.Lhs!, result, env);
        if (matches is null)
        {
            return result;
        }

        var list = matches as JArray ?? new JArray { matches };
        foreach (var match in list)
        {
            var update = ev.Eval(node.Rhs!, match, env);
            if (update is not null)
            {
                if (update is not JObject uo)
                {
                    throw new JsonataException("T2011", "The insert/update clause of the transform expression must evaluate to an object", node.Rhs!.Position);
                }

                if (match is JObject mo)
                {
                    foreach (var kv in uo)
                    {
                        mo[kv.Key] = kv.Value;
                    }
                }
            }

            if (node.Then is not null)
            {
                var deletions = ev.Eval(node.Then, match, env);
                if (deletions is null)
                {
                    continue;
                }

                var dl = deletions as JArray ?? new JArray { deletions };
                if (!Ops.IsArrayOfStrings(dl))
                {
                    throw new JsonataException("T2012", "The delete clause of the transform expression must evaluate to a string or array of strings", node.Then.Position);
                }

                if (match is JObject dm)
                {
                    foreach (var d in dl)
                    {
                        dm.Remove((string)d!);
                    }
                }
            }
        }

        return result;
    }
}

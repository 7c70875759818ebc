using MlOps.Jsonata.Values;

namespace MlOps.Jsonata.Evaluation;

/// <summary>A partially applied function: <c>$f(?, 2)</c>; placeholders are filled by the later call's arguments.</summary>
internal sealed class PartialFunction(JFunction target, List<object?> args, int position) : JFunction
{
    /// <summary>Marks an unfilled argument.</summary>
    public static readonly object Placeholder = new();

    public override int Arity { get; } = args.Count(a => ReferenceEquals(a, Placeholder));

    public override object? Invoke(Evaluator ev, List<object?> callArgs, object? input, Frame env)
    {
        var full = new List<object?>(args.Count);
        var next = 0;
        foreach (var a in args)
        {
            full.Add(ReferenceEquals(a, Placeholder) ? (next < callArgs.Count ? callArgs[next++] : null) : a);
        }

        return ev.Apply(target, full, input, env, position);
    }
}

using MlOps.Jsonata.Parsing;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata.Evaluation;

/// <summary>A user-defined function (<c>function($x){...}</c>) closing over its environment and context.</summary>
internal sealed class LambdaFunction : JFunction
{
    public LambdaFunction(Node node, Frame env, object? input)
    {
        Node = node;
        Env = env;
        Input = input;
        Signature = node.Signature;
    }

    public Node Node { get; }

    public Frame Env { get; }

    public object? Input { get; }

    public bool IsThunk => Node.Thunk;

    public override int Arity => Node.Arguments!.Count;

    public override object? Invoke(Evaluator ev, List<object?> args, object? input, Frame env)
    {
        var frame = new Frame(Env);
        var ps = Node.Arguments!;
        for (var i = 0; i < ps.Count; i++)
        {
            frame.Bind(ps[i].Text, i < args.Count ? args[i] : null);
        }

        return ev.Eval(Node.Lhs!, Input, frame);
    }
}

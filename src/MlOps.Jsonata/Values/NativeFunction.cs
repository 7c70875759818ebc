using MlOps.Jsonata.Evaluation;

namespace MlOps.Jsonata.Values;

/// <summary>Implementation of a native function: evaluator, arguments, context input, calling environment.</summary>
internal delegate object? NativeBody(Evaluator ev, List<object?> args, object? input, Frame env);

/// <summary>A built-in or host-provided function.</summary>
internal sealed class NativeFunction(string name, int arity, NativeBody body) : JFunction
{
    public string Name { get; } = name;

    public override int Arity { get; } = arity;

    public override object? Invoke(Evaluator ev, List<object?> args, object? input, Frame env) => body(ev, args, input, env);
}

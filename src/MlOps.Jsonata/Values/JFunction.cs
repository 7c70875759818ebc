using MlOps.Jsonata.Evaluation;

namespace MlOps.Jsonata.Values;

/// <summary>A function value: lambda, native (built-in), partial application, regex or transform.</summary>
internal abstract class JFunction
{
    /// <summary>Number of declared parameters (used by higher-order functions to pass index and array).</summary>
    public abstract int Arity { get; }

    public Signature? Signature { get; init; }

    /// <summary>Invokes the function with already validated arguments.</summary>
    public abstract object? Invoke(Evaluator ev, List<object?> args, object? input, Frame env);
}

using MlOps.Jsonata.Parsing;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata.Evaluation;

/// <summary>Function calls (with tail-call trampolining), partial application and <c>~&gt;</c>.</summary>
internal sealed partial class Evaluator
{
    private object? EvalCall(Node expr, object? input, Frame env, object? applyTo, bool hasApplyTo)
    {
        var proc = ResolveProcedure(expr, input, env, "T1005", "Attempted to invoke a non-function. Did you mean ${0}?");
        var args = new List<object?>(expr.Arguments!.Count + 1);
        if (hasApplyTo)
        {
            args.Add(applyTo);
        }

        foreach (var a in expr.Arguments)
        {
            args.Add(Eval(a, input, env));
        }

        return Apply(proc, args, input, env, expr.Position, ProcName(expr));
    }

    private static string? ProcName(Node call) =>
        call.Lhs!.Kind == NodeKind.Path ? call.Lhs.Items![0].Text : call.Lhs.Text;

    private object? ResolveProcedure(Node expr, object? input, Frame env, string code, string message)
    {
        var proc = Eval(expr.Lhs!, input, env);
        if (proc is null && expr.Lhs!.Kind == NodeKind.Path && env.Lookup(expr.Lhs.Items![0].Text) is not null)
        {
            var name = expr.Lhs.Items[0].Text;
            throw new JsonataException(code, message.Replace("{0}", name, StringComparison.Ordinal), expr.Position, name);
        }

        return proc;
    }

    /// <summary>Calls <paramref name="proc"/>, running tail calls (thunks) in a loop rather than recursively.</summary>
    public object? Apply(object? proc, List<object?> args, object? input, Frame env, int position, string? procName = null)
    {
        var result = ApplyInner(proc, args, input, env, position, procName);
        while (result is LambdaFunction { IsThunk: true } thunk)
        {
            Tick();
            var call = thunk.Node.Lhs!;
            var next = ResolveProcedure(call, thunk.Input, thunk.Env, "T1005", "Attempted to invoke a non-function. Did you mean ${0}?");
            var nextArgs = new List<object?>(call.Arguments!.Count);
            foreach (var a in call.Arguments)
            {
                nextArgs.Add(Eval(a, thunk.Input, thunk.Env));
            }

            result = ApplyInner(next, nextArgs, thunk.Input, thunk.Env, call.Position, ProcName(call));
        }

        return result;
    }

    private object? ApplyInner(object? proc, List<object?> args, object? input, Frame env, int position, string? procName)
    {
        if (proc is not JFunction f)
        {
            throw new JsonataException("T1006", "Attempted to invoke a non-function", position, procName);
        }

        try
        {
            var validated = f.Signature is { } sig ? sig.Validate(args, input, position) : args;
            return f.Invoke(this, validated, input, env);
        }
        catch (JsonataException ex) when (ex.Position < 0 || ex.Token is null)
        {
            if (ex.Position < 0)
            {
                ex.Position = position;
            }

            ex.Token ??= procName;
            throw;
        }
    }

    /// <summary>Calls a function value from a higher-order function, passing as many of (value, index, array) as it declares.</summary>
    public object? CallHof(JFunction f, object? a1, object? a2, object? a3, Frame env)
    {
        var arity = f.Arity;
        var args = new List<object?>(3) { a1 };
        if (arity >= 2)
        {
            args.Add(a2);
        }

        if (arity >= 3)
        {
            args.Add(a3);
        }

        return Apply(f, args, null, env, -1);
    }

    private PartialFunction EvalPartial(Node expr, object? input, Frame env)
    {
        var proc = ResolveProcedure(expr, input, env, "T1007", "Attempted to partially apply a non-function. Did you mean ${0}?");
        if (proc is not JFunction f)
        {
            throw new JsonataException("T1008", "Attempted to partially apply a non-function", expr.Position, ProcName(expr));
        }

        var args = new List<object?>(expr.Arguments!.Count);
        foreach (var a in expr.Arguments)
        {
            args.Add(a.Kind == NodeKind.Placeholder ? PartialFunction.Placeholder : Eval(a, input, env));
        }

        return new PartialFunction(f, args, expr.Position);
    }

    private object? EvalApply(Node expr, object? input, Frame env)
    {
        var lhs = Eval(expr.Lhs!, input, env);
        if (expr.Rhs!.Kind == NodeKind.Function)
        {
            return EvalCall(expr.Rhs, input, env, lhs, true);
        }

        var func = Eval(expr.Rhs, input, env);
        if (func is not JFunction rf)
        {
            throw new JsonataException("T2006", "The right side of the function application operator ~> must be a function", expr.Position, "~>");
        }

        if (lhs is JFunction lf)
        {
            return new NativeFunction("compose", 1, (ev, args, inp, e) =>
            {
                var inner = ev.Apply(lf, [args.Count > 0 ? args[0] : null], inp, e, expr.Position);
                return ev.Apply(rf, [inner], inp, e, expr.Position);
            });
        }

        return Apply(rf, [lhs], input, env, expr.Position);
    }
}

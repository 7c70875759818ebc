using System.Diagnostics;
using System.Runtime.CompilerServices;
using MlOps.Jsonata.Parsing;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata.Evaluation;

/// <summary>Evaluates a processed expression tree; one instance per evaluation (holds limits and the clock).</summary>
internal sealed partial class Evaluator
{
    private readonly int _maxDepth;
    private readonly long _deadline;
    private int _depth;
    private int _ticks;

    public Evaluator(JsonataLimits limits, DateTimeOffset now)
    {
        _maxDepth = limits.MaxDepth;
        _deadline = limits.TimeLimit is { } t ? Stopwatch.GetTimestamp() + (long)(t.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        Now = now;
    }

    /// <summary>The evaluation's timestamp (<c>$now()</c> and <c>$millis()</c> return it).</summary>
    public DateTimeOffset Now { get; }

    public Random Random { get; } = new();

    public object? Eval(Node expr, object? input, Frame env)
    {
        if (++_depth > _maxDepth)
        {
            throw LimitExceeded();
        }

        if ((++_ticks & 255) == 0)
        {
            CheckTimeAndStack();
        }
        else if ((_depth & 15) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new StackExhaustedException();
        }

        object? result;
        switch (expr.Kind)
        {
            case NodeKind.Path:
                result = EvalPath(expr, input, env);
                break;
            case NodeKind.Binary:
                result = EvalBinary(expr, input, env);
                break;
            case NodeKind.Negate:
                result = EvalNegate(expr, input, env);
                break;
            case NodeKind.Name:
                result = Lookup(input, expr.Text);
                break;
            case NodeKind.String or NodeKind.Number or NodeKind.Value:
                result = expr.Literal;
                break;
            case NodeKind.Wildcard:
                result = EvalWildcard(input);
                break;
            case NodeKind.Descendant:
                result = EvalDescendants(input);
                break;
            case NodeKind.Parent:
                result = env.Lookup(expr.Slot!.Label);
                break;
            case NodeKind.Condition:
                {
                    var cond = Eval(expr.Lhs!, input, env);
                    result = Ops.Truthy(cond) ? Eval(expr.Then!, input, env)
                        : expr.Else is not null ? Eval(expr.Else, input, env) : null;
                    break;
                }

            case NodeKind.Block:
                result = EvalBlock(expr, input, env);
                break;
            case NodeKind.Bind:
                result = Eval(expr.Rhs!, input, env);
                env.Bind(expr.Lhs!.Text, result);
                break;
            case NodeKind.Regex:
                result = new RegexFunction((System.Text.RegularExpressions.Regex)expr.Literal!);
                break;
            case NodeKind.Function:
                result = EvalCall(expr, input, env, null, false);
                break;
            case NodeKind.Partial:
                result = EvalPartial(expr, input, env);
                break;
            case NodeKind.Variable:
                result = EvalVariable(expr, input, env);
                break;
            case NodeKind.Lambda:
                result = new LambdaFunction(expr, env, input);
                break;
            case NodeKind.Apply:
                result = EvalApply(expr, input, env);
                break;
            case NodeKind.Transform:
                result = new TransformFunction(expr, env);
                break;
            case NodeKind.ArrayCons:
                result = EvalArray(expr, input, env);
                break;
            case NodeKind.ObjectCons:
                result = EvalGroup(expr.Pairs!, input, env);
                break;
            case NodeKind.Sort:
                result = EvalSort(expr, input, env);
                break;
            default:
                throw new JsonataException("S0206", $"Unknown expression type: {expr.Kind}", expr.Position);
        }

        if (expr.Predicates is not null)
        {
            foreach (var p in expr.Predicates)
            {
                result = EvalFilter(p.Filter!, result, env);
            }
        }

        if (expr.Kind != NodeKind.Path && expr.Group is not null)
        {
            result = EvalGroup(expr.Group, result, env);
        }

        _depth--;
        if (result is JArray seq && seq.IsSequence && !seq.TupleStream)
        {
            if (expr.KeepArray)
            {
                seq.KeepSingleton = true;
            }

            if (seq.Count == 0)
            {
                return null;
            }

            if (seq.Count == 1)
            {
                return seq.KeepSingleton ? seq : seq[0];
            }
        }

        return result;
    }

    private void CheckTimeAndStack()
    {
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw LimitExceeded();
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new StackExhaustedException();
        }
    }

    /// <summary>Checks the time limit from loops that do not go through <see cref="Eval"/>.</summary>
    public void Tick()
    {
        if ((++_ticks & 255) == 0)
        {
            CheckTimeAndStack();
        }
    }

    private static JsonataException LimitExceeded() =>
        new("U1001", "Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as tail-recursive.");

    private object? EvalBlock(Node expr, object? input, Frame env)
    {
        var frame = expr.NeedsFrame ? new Frame(env) : env;
        object? result = null;
        foreach (var e in expr.Items!)
        {
            result = Eval(e, input, frame);
        }

        return result;
    }

    private static object? EvalVariable(Node expr, object? input, Frame env)
    {
        if (expr.Text.Length == 0)
        {
            return input is JArray { OuterWrapper: true } w ? w[0] : input;
        }

        return env.Lookup(expr.Text);
    }

    private static object? EvalNegateValue(object? v, Node expr) => v switch
    {
        null => null,
        double d => -d,
        _ => throw new JsonataException("D1002", "Cannot negate a non-numeric value", expr.Position, "-"),
    };

    private object? EvalNegate(Node expr, object? input, Frame env) => EvalNegateValue(Eval(expr.Lhs!, input, env), expr);
}

using System.Text.Json.Nodes;
using MlOps.Jsonata.Evaluation;
using MlOps.Jsonata.Functions;
using MlOps.Jsonata.Parsing;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata;

/// <summary>
/// A parsed JSONata 2.0 expression. Parse once, evaluate many times (thread-safe: each evaluation has its own state).
/// </summary>
public sealed class JsonataExpression
{
    private const int BigStackSize = 256 * 1024 * 1024;
    private readonly Node _ast;
    private readonly Frame _root;

    private JsonataExpression(Node ast, Frame root)
    {
        _ast = ast;
        _root = root;
    }

    /// <summary>Parses an expression.</summary>
    /// <param name="text">The expression text.</param>
    /// <returns>The parsed expression.</returns>
    /// <exception cref="JsonataException">A syntax error (codes <c>S0xxx</c>), with position and token.</exception>
    public static JsonataExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new JsonataExpression(Parser.Parse(text), Library.Root);
    }

    /// <summary>Returns a copy of this expression that also sees the host function <c>$name</c>.</summary>
    /// <param name="name">The name without <c>$</c>.</param>
    /// <param name="function">The implementation.</param>
    /// <param name="signature">An optional JSONata signature (e.g. <c>&lt;s-n?:s&gt;</c>) validating the arguments.</param>
    /// <returns>The expression with the extra binding.</returns>
    public JsonataExpression WithFunction(string name, JsonataNativeFunction function, string? signature = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(function);
        var frame = new Frame(_root);
        var arity = signature is null ? 1 : Signature.Parse(signature).ParamCount;
        frame.Bind(name, Library.Define(name, signature, arity, (_, args, _, _) =>
            function([.. args.Select(a => new JsonataResult(a))]).Raw));
        return new JsonataExpression(_ast, frame);
    }

    /// <summary>Evaluates the expression.</summary>
    /// <param name="input">The input document (<c>$</c>); <c>null</c> is JSON null unless <paramref name="inputIsUndefined"/>.</param>
    /// <param name="inputIsUndefined">True for no input at all.</param>
    /// <param name="bindings">Variables to bind, names without <c>$</c>.</param>
    /// <param name="limits">Depth and time limits; <see cref="JsonataLimits.Default"/> when null.</param>
    /// <returns>The result, which may be undefined.</returns>
    /// <exception cref="JsonataException">An evaluation error with JSONata's code.</exception>
    public JsonataResult Evaluate(JsonNode? input, bool inputIsUndefined = false, IReadOnlyDictionary<string, JsonNode?>? bindings = null, JsonataLimits? limits = null) =>
        EvaluateInput(inputIsUndefined ? JsonataInput.Undefined : JsonataInput.FromNode(input), bindings, limits);

    /// <summary>Evaluates the expression over a pre-converted input.</summary>
    /// <param name="input">The input document.</param>
    /// <param name="bindings">Variables to bind, names without <c>$</c>.</param>
    /// <param name="limits">Depth and time limits; <see cref="JsonataLimits.Default"/> when null.</param>
    /// <returns>The result, which may be undefined.</returns>
    public JsonataResult EvaluateInput(JsonataInput input, IReadOnlyDictionary<string, JsonNode?>? bindings = null, JsonataLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        Dictionary<string, object?>? values = null;
        if (bindings is not null)
        {
            values = bindings.ToDictionary(kv => kv.Key, kv => Json.FromNode(kv.Value), StringComparer.Ordinal);
        }

        return new JsonataResult(EvaluateRaw(input.Value, values, limits ?? JsonataLimits.Default));
    }

    internal object? EvaluateRaw(object? input, Dictionary<string, object?>? bindings, JsonataLimits limits)
    {
        try
        {
            return EvaluateOnce(input, bindings, limits);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException ex)
        {
            throw new JsonataException("U1001", $"A regular expression took too long to match (catastrophic backtracking?): {ex.Pattern}");
        }
        catch (StackExhaustedException)
        {
            object? result = null;
            Exception? error = null;
            var thread = new Thread(
                () =>
                {
                    try
                    {
                        result = EvaluateOnce(input, bindings, limits);
                    }
                    catch (StackExhaustedException)
                    {
                        error = new JsonataException("U1001", "Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as tail-recursive.");
                    }
                    catch (Exception ex)
                    {
                        error = ex;
                    }
                },
                BigStackSize);
            thread.Start();
            thread.Join();
            if (error is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
            }

            return result;
        }
    }

    private object? EvaluateOnce(object? input, Dictionary<string, object?>? bindings, JsonataLimits limits)
    {
        var env = new Frame(_root);
        if (bindings is not null)
        {
            foreach (var kv in bindings)
            {
                env.Bind(kv.Key, kv.Value);
            }
        }

        env.Bind("$", input);
        if (input is JArray { IsSequence: false } arr)
        {
            input = new JArray { arr }.AsOuterWrapper();
        }

        var ev = new Evaluator(limits, DateTimeOffset.UtcNow);
        return ev.Eval(_ast, input, env);
    }
}

using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Syntax;

namespace MlOps.StepFunctions.Intrinsics;

/// <summary>
/// A parsed intrinsic function call such as <c>States.Format('{}', $.name)</c>. Parsed once when the
/// definition loads (so syntax errors are definition errors) and evaluated per state entry.
/// </summary>
public sealed class IntrinsicExpression
{
    private readonly CallNode _root;

    private IntrinsicExpression(string text, CallNode root)
    {
        Text = text;
        _root = root;
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>True when <paramref name="text"/> looks like an intrinsic call (starts with <c>States.</c>).</summary>
    public static bool IsIntrinsic(string text) =>
        text is not null && text.StartsWith("States.", StringComparison.Ordinal);

    /// <summary>
    /// Parses a call; throws <see cref="IntrinsicParseException"/> naming the problem and its 1-based position
    /// for a syntax error, an unknown function, a wrong number of arguments or a literal of the wrong type.
    /// </summary>
    public static IntrinsicExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new IntrinsicExpression(text, IntrinsicParser.Parse(text));
    }

    /// <summary>
    /// Evaluates the call. Path arguments are resolved through <paramref name="resolvePath"/>; a bad argument
    /// throws <see cref="IntrinsicFailureException"/> whose message is AWS's <c>States.IntrinsicFailure</c> cause.
    /// The result is a new node, never part of the input.
    /// </summary>
    public JsonNode? Evaluate(IntrinsicPathResolver resolvePath)
    {
        ArgumentNullException.ThrowIfNull(resolvePath);
        return Evaluate(_root, new DelegateSource(resolvePath));
    }

    /// <summary>Evaluates with a path source (the interpreter's allocation-free route).</summary>
    internal JsonNode? Evaluate<TSource>(TSource source)
        where TSource : IIntrinsicPathSource => Evaluate(_root, source);

    private static JsonNode? Evaluate<TSource>(IntrinsicNode node, TSource source)
        where TSource : IIntrinsicPathSource => node switch
        {
            LiteralNode literal => literal.Value?.DeepClone(),
            PathNode path => source.Resolve(path)?.DeepClone(),
            CallNode call => call.Function.Invoke(EvaluateArguments(call, source), call.Arguments),
            _ => throw new InvalidOperationException("unknown intrinsic node " + node.GetType().Name),
        };

    private static JsonNode?[] EvaluateArguments<TSource>(CallNode call, TSource source)
        where TSource : IIntrinsicPathSource
    {
        var arguments = call.Arguments;
        var readOnly = call.Function.ReadsArgumentsOnly;
        var values = new JsonNode?[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            // A function that only reads its arguments gets values as they are (no copy of, say, a whole array).
            values[i] = (readOnly, arguments[i]) switch
            {
                (true, PathNode path) => source.Resolve(path),
                (true, LiteralNode literal) => literal.Value,
                _ => Evaluate(arguments[i], source),
            };
        }

        return values;
    }

    private readonly struct DelegateSource(IntrinsicPathResolver resolve) : IIntrinsicPathSource
    {
        public JsonNode? Resolve(PathNode path) => resolve(path.Path);
    }
}

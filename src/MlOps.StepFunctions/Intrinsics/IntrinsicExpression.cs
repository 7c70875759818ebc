using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Intrinsics;

/// <summary>
/// A parsed intrinsic function call such as <c>States.Format('{}', $.name)</c>. Parsed once when the
/// definition loads (so syntax errors are definition errors) and evaluated per state entry.
/// </summary>
public sealed class IntrinsicExpression
{
    private IntrinsicExpression(string text) => Text = text;

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>True when <paramref name="text"/> looks like an intrinsic call (starts with <c>States.</c>).</summary>
    public static bool IsIntrinsic(string text) =>
        text is not null && text.StartsWith("States.", StringComparison.Ordinal);

    /// <summary>Parses a call; throws <see cref="IntrinsicParseException"/> naming the problem and its position.</summary>
    public static IntrinsicExpression Parse(string text) =>
        throw new IntrinsicParseException("intrinsic functions are not implemented yet: " + text);

    /// <summary>
    /// Evaluates the call. Path arguments are resolved through <paramref name="resolvePath"/>; a bad argument
    /// throws <see cref="IntrinsicFailureException"/> whose message is AWS's <c>States.IntrinsicFailure</c> cause.
    /// </summary>
    public JsonNode? Evaluate(IntrinsicPathResolver resolvePath) =>
        throw new IntrinsicFailureException("intrinsic functions are not implemented yet: " + Text);
}

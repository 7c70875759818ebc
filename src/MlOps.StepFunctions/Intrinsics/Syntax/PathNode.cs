using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Intrinsics.Syntax;

/// <summary>A path argument resolved at run time by the interpreter (<c>$.a</c>, <c>$$.Execution.Id</c>, <c>$var</c>).</summary>
/// <param name="Path">The path text.</param>
/// <param name="Position">The 1-based position in the source text.</param>
internal sealed record PathNode(string Path, int Position) : IntrinsicNode(Position)
{
    /// <summary>The path parsed once when the definition loads; null when the text is not a valid path (reported when evaluated).</summary>
    public JsonPath? Parsed { get; } = TryParse(Path);

    private static JsonPath? TryParse(string text)
    {
        try
        {
            return JsonPath.Parse(text);
        }
        catch (FormatException)
        {
            // Not an error yet: AWS reports a bad intrinsic path when the state runs (States.IntrinsicFailure).
            return null;
        }
    }
}

using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Intrinsics.Syntax;

/// <summary>A path argument resolved at run time by the interpreter (<c>$.a</c>, <c>$$.Execution.Id</c>, <c>$var</c>).</summary>
/// <param name="Path">The path text.</param>
/// <param name="Position">The 1-based position in the source text.</param>
internal sealed record PathNode(string Path, int Position) : IntrinsicNode(Position)
{
    /// <summary>The path parsed once when the definition loads; null when the text is not a valid path.</summary>
    public JsonPath? Parsed => _parsed.Path;

    /// <summary>Why the text is not a valid path (AWS reports it when the state runs, as States.IntrinsicFailure).</summary>
    public string? ParseError => _parsed.Error;

    private readonly (JsonPath? Path, string? Error) _parsed = TryParse(Path);

    private static (JsonPath?, string?) TryParse(string text)
    {
        try
        {
            return (JsonPath.Parse(text), null);
        }
        catch (FormatException ex)
        {
            return (null, ex.Message);
        }
    }
}

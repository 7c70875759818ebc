namespace MlOps.StepFunctions.Intrinsics.Syntax;

/// <summary>A path argument resolved at run time by the interpreter (<c>$.a</c>, <c>$$.Execution.Id</c>, <c>$var</c>).</summary>
/// <param name="Path">The path text.</param>
/// <param name="Position">The 1-based position in the source text.</param>
internal sealed record PathNode(string Path, int Position) : IntrinsicNode(Position);

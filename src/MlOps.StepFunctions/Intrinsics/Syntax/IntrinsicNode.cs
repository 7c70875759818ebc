namespace MlOps.StepFunctions.Intrinsics.Syntax;

/// <summary>A node of the parsed intrinsic expression: a literal, a path or a nested call.</summary>
/// <param name="Position">The 1-based character position of the node in the source text.</param>
internal abstract record IntrinsicNode(int Position);

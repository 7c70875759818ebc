using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Syntax;

namespace MlOps.StepFunctions.Intrinsics;

/// <summary>
/// Resolves path arguments for <see cref="IntrinsicExpression"/>; a struct implementation keeps per-call evaluation
/// free of closures (the interpreter evaluates intrinsics once per state entry, millions of times in a large Map).
/// </summary>
internal interface IIntrinsicPathSource
{
    /// <summary>The value at the argument's path (not copied); throws the interpreter's error when it is missing.</summary>
    JsonNode? Resolve(PathNode path);
}

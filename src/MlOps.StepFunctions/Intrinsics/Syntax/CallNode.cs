using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Syntax;

/// <summary>A call of a <c>States.*</c> function; its arguments may be nested calls.</summary>
/// <param name="Function">The function called.</param>
/// <param name="Arguments">The argument nodes, in order.</param>
/// <param name="Position">The 1-based position of the function name.</param>
internal sealed record CallNode(IntrinsicFunction Function, IReadOnlyList<IntrinsicNode> Arguments, int Position)
    : IntrinsicNode(Position);

using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics;

namespace MlOps.StepFunctions.Paths;

/// <summary>Resolves paths of a template against the current input, context object and variables.</summary>
internal interface IPathResolver
{
    /// <summary>Resolves the path of the <c>.$</c> field <paramref name="field"/>; throws a <c>States.Runtime</c> failure when it misses.</summary>
    JsonNode? ResolveField(JsonPath path, string field);

    /// <summary>Evaluates an intrinsic call; throws a <c>States.IntrinsicFailure</c> failure.</summary>
    JsonNode? EvaluateIntrinsic(IntrinsicExpression expression, string field);
}

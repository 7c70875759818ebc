using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Array;

/// <summary><c>States.Array(v1, v2, ...)</c>: a JSON array of its zero or more arguments, in order.</summary>
internal sealed class ArrayFunction() : IntrinsicFunction(
    "States.Array",
    ArgumentSpec.Rest("values", ArgumentKinds.Any))
{
    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments) =>
        new JsonArray(arguments.Values as JsonNode?[] ?? [.. arguments.Values]);
}

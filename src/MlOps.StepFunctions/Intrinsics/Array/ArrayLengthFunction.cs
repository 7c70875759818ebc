using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Array;

/// <summary><c>States.ArrayLength(array)</c>: the number of items.</summary>
internal sealed class ArrayLengthFunction() : IntrinsicFunction(
    "States.ArrayLength",
    ArgumentSpec.Required("array", ArgumentKinds.Array))
{
    /// <inheritdoc/>
    public override bool ReadsArgumentsOnly => true;

    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments) => JsonValue.Create(arguments.Array(0).Count);
}

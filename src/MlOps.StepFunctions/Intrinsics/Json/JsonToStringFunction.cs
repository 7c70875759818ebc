using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Json;

/// <summary><c>States.JsonToString(value)</c>: the compact JSON text of the value (<c>{"Arg1":1,"Arg2":[]}</c>).</summary>
internal sealed class JsonToStringFunction() : IntrinsicFunction(
    "States.JsonToString",
    ArgumentSpec.Required("value", ArgumentKinds.Any))
{
    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments) =>
        JsonValue.Create(CompactJsonWriter.Write(arguments[0]));
}

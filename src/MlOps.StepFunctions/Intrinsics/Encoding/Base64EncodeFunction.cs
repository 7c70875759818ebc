using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Encoding;

/// <summary><c>States.Base64Encode(data)</c>: the standard, padded Base64 of the UTF-8 bytes; input up to 10,000 characters.</summary>
internal sealed class Base64EncodeFunction() : IntrinsicFunction(
    "States.Base64Encode",
    ArgumentSpec.Required("data", ArgumentKinds.String, ArgumentRules.MaxLength(MaxInputLength)))
{
    /// <summary>The documented input limit.</summary>
    public const int MaxInputLength = 10_000;

    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments) =>
        JsonValue.Create(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(arguments.String(0))));
}

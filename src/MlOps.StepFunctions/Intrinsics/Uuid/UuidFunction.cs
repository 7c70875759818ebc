using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Uuid;

/// <summary><c>States.UUID()</c>: a new random (version 4) UUID in lower-case 8-4-4-4-12 form.</summary>
internal sealed class UuidFunction() : IntrinsicFunction("States.UUID")
{
    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments) => JsonValue.Create(Guid.NewGuid().ToString("D"));
}

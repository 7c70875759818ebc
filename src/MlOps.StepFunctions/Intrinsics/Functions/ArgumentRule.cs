using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Intrinsics.Functions;

/// <summary>A value constraint on a parameter, checked after its type (e.g. "a non-zero integer").</summary>
/// <param name="Description">What the rule requires, for documentation and messages.</param>
/// <param name="IsSatisfiedBy">True when the (already type-checked) value meets the rule.</param>
internal sealed record ArgumentRule(string Description, Func<JsonNode?, bool> IsSatisfiedBy);

using System.Text.Json.Nodes;
using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Choice;

/// <summary>What a Choice rule reads: paths over the effective input, the context object and variables.</summary>
internal interface IChoiceInput
{
    /// <summary>Resolves <paramref name="path"/>; false when it selects nothing.</summary>
    bool TryResolve(JsonPath path, out JsonNode? value);
}

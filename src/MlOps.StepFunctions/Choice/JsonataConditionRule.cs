using System.Text.Json.Nodes;
using MlOps.StepFunctions.Errors;

namespace MlOps.StepFunctions.Choice;

/// <summary>A JSONata <c>Condition</c>; evaluated by the JSONata plug-in (not part of this engine yet).</summary>
internal sealed class JsonataConditionRule(JsonNode? condition) : ChoiceRule
{
    public JsonNode? Condition { get; } = condition;

    public override bool Evaluate(IChoiceInput input)
    {
        if (Condition is JsonValue v && v.TryGetValue<bool>(out var constant))
        {
            return constant;
        }

        throw new StatesErrorException(StatesErrorNames.QueryEvaluationError, "JSONata evaluation is not available in this engine build");
    }
}

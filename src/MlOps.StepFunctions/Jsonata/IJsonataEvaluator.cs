using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Jsonata;

/// <summary>
/// The JSONata seam: the engine hands every <c>{% ... %}</c> expression of a JSONata state to this evaluator
/// (implemented by the JSONata work item and set in <see cref="EngineOptions.Jsonata"/>).
/// </summary>
public interface IJsonataEvaluator
{
    /// <summary>
    /// Evaluates <paramref name="expression"/> (the text between <c>{%</c> and <c>%}</c>) with <c>$states</c> bound to
    /// <paramref name="states"/> and workflow variables resolved through <paramref name="variables"/>. Returns false when
    /// the result is undefined; throws <see cref="JsonataEvaluationException"/> for evaluation errors.
    /// </summary>
    bool TryEvaluate(string expression, JsonObject states, IReadOnlyDictionary<string, JsonNode?> variables, out JsonNode? result);
}

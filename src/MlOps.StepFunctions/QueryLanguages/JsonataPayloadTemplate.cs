using System.Text.Json.Nodes;
using MlOps.StepFunctions.Evaluation;
using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.QueryLanguages;

/// <summary>
/// A JSONata <c>Arguments</c> block stored where the model expects a payload template (e.g. a Map's
/// <c>ResultWriter</c>); evaluated with <c>$states.input</c> = the scope's current document.
/// </summary>
internal sealed class JsonataPayloadTemplate(JsonNode? template, string field) : PayloadTemplate
{
    public override JsonNode? Evaluate(IPathResolver resolver)
    {
        var scope = resolver as StateScope
                    ?? throw new InvalidOperationException("a JSONata template needs a state scope to evaluate against");
        return scope.Run.NewJsonataEvaluator(scope, scope.Current).Template(template, field);
    }
}

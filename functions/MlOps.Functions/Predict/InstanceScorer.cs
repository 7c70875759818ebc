using System.Text.Json;
using MlOps.Pipeline.Serving;

namespace MlOps.Functions.Predict;

/// <summary>Checks instances against the model's contract and scores the valid ones (shared by Predict and BatchPredict).</summary>
internal static class InstanceScorer
{
    /// <summary>Problems per instance (empty list = valid), and probabilities for valid instances (NaN for invalid ones).</summary>
    public static (List<FieldProblem> Problems, float[] Probabilities) Score(LoadedModel model, IReadOnlyList<JsonElement> instances)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(instances);
        var validator = model.Validator;
        var problems = new List<FieldProblem>();
        var probabilities = new float[instances.Count];
        var scorer = model.Scorers.Rent();
        try
        {
            for (var i = 0; i < instances.Count; i++)
            {
                var before = problems.Count;
                if (validator is not null)
                {
                    validator.Check(instances[i], i, problems);
                }
                else if (instances[i].ValueKind != JsonValueKind.Object)
                {
                    problems.Add(new FieldProblem(i, "", "an instance must be a JSON object"));
                }

                probabilities[i] = problems.Count == before ? scorer.Score(instances[i]) : float.NaN;
            }
        }
        finally
        {
            model.Scorers.Return(scorer);
        }

        return (problems, probabilities);
    }

    /// <summary>The label for a probability under the model's threshold.</summary>
    public static string Label(LoadedModel model, float probability)
    {
        ArgumentNullException.ThrowIfNull(model);
        var serving = model.Artifact.Serving;
        return probability >= (serving?.Threshold ?? 0.5) ? serving?.PositiveLabel ?? "yes" : serving?.NegativeLabel ?? "no";
    }
}

using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;

namespace MlOps.Functions.Evaluate;

/// <summary>Picks the candidate with the best validation ROC AUC (ties: the smaller candidate id, so the choice is stable).</summary>
internal static class CandidateSelector
{
    public const string Metric = "validationRocAuc";

    /// <summary>The selected candidate among <c>training.candidates</c> (or the single <c>training</c> section).</summary>
    public static TrainingSection Select(TrainingSection? training)
    {
        if (training is null)
        {
            throw new EnvelopeInvalidException("$.training is required (the envelope has not been through Train).");
        }

        var candidates = training.Candidates is { Count: > 0 } list ? list : [training];
        var scored = candidates.Where(c => c.ArtifactUri is not null && c.Metrics is not null && c.Metrics.ContainsKey(Metric)).ToList();
        if (scored.Count == 0)
        {
            throw new EnvelopeInvalidException($"$.training.candidates holds no candidate with an artifactUri and metrics.{Metric}.");
        }

        return scored.OrderByDescending(c => c.Metrics![Metric]).ThenBy(c => c.CandidateId, StringComparer.Ordinal).First();
    }
}

using System.Globalization;
using System.Text.Json;
using MlOps.Functions.Evaluate;
using MlOps.Functions.Hosting;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Evaluation;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Gate;

/// <summary>
/// Gate: absolute floors (<c>thresholds.minRocAuc</c>, <c>minPrAuc</c>) and "not worse than the champion": the lower
/// bound of a seeded paired-bootstrap confidence interval on the ROC AUC difference must be above
/// <c>-thresholds.maxRocAucDrop</c>. Writes <c>gate.passed</c>, <c>gate.decision</c> and one reason per rule.
/// </summary>
internal sealed class GateFunction(FunctionServices services)
{
    /// <summary>Decides promote or reject from <c>evaluation</c>.</summary>
    public async Task<PipelineEnvelope> HandleAsync(PipelineEnvelope envelope, ILambdaContext context, CancellationToken cancellationToken)
    {
        var run = envelope.RequireRun();
        var thresholds = envelope.RequireConfig().Thresholds;
        var evaluation = envelope.Evaluation ?? throw new EnvelopeInvalidException("$.evaluation is required (the envelope has not been through Evaluate).");
        var rocAuc = evaluation.RocAuc ?? throw new EnvelopeInvalidException("$.evaluation.rocAuc is required.");
        var reasons = new List<string>();
        var passed = Rule(reasons, rocAuc >= thresholds.MinRocAuc, $"test ROC AUC {F(rocAuc)} {(rocAuc >= thresholds.MinRocAuc ? "meets" : "is below")} the floor {F(thresholds.MinRocAuc)}");
        if (thresholds.MinPrAuc is { } minPr)
        {
            var pr = evaluation.PrAuc ?? 0;
            passed &= Rule(reasons, pr >= minPr, $"test PR AUC {F(pr)} {(pr >= minPr ? "meets" : "is below")} the floor {F(minPr)}");
        }

        Dictionary<string, JsonElement>? extra = null;
        if (evaluation.Champion is { } champion)
        {
            var scores = await ScoresAsync(evaluation, envelope, cancellationToken);
            if (scores.Champion is null)
            {
                throw new EnvelopeInvalidException("$.evaluation.champion is set but the evaluation scores hold no champion scores.");
            }

            var boot = PairedBootstrap.AucDifference(scores.Challenger, scores.Champion, scores.Labels, thresholds.BootstrapSamples, thresholds.ConfidenceLevel, run.Seed);
            var ok = boot.Lower >= -thresholds.MaxRocAucDrop;
            passed &= Rule(reasons, ok, FormattableString.Invariant(
                $"ROC AUC vs champion v{champion.Version}: difference {F(boot.Difference)}, {boot.Confidence:P0} interval [{F(boot.Lower)}, {F(boot.Upper)}] over {boot.Resamples} paired resamples; lower bound {(ok ? "is within" : "is below")} the allowed drop -{F(thresholds.MaxRocAucDrop)}"));
            extra = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
            {
                ["bootstrap"] = JsonSerializer.SerializeToElement(boot, MlFunctionsJsonContext.Default.BootstrapResult),
            };
        }
        else
        {
            reasons.Add("no production champion: the floors alone decide");
        }

        context?.Logger.LogInformation($"gate {(passed ? "promote" : "reject")}: {string.Join("; ", reasons)}");
        return envelope with { Gate = new GateSection { Passed = passed, Decision = passed ? "promote" : "reject", Reasons = reasons, Extra = extra } };
    }

    private async Task<EvaluationScores> ScoresAsync(EvaluationSection evaluation, PipelineEnvelope envelope, CancellationToken cancellationToken)
    {
        if (evaluation.Extra is null || !evaluation.Extra.TryGetValue("scoresUri", out var element) || element.GetString() is not { } uriText)
        {
            throw new EnvelopeInvalidException("$.evaluation.scoresUri is required to compare with the champion.");
        }

        var uri = ObjectUri.Parse(uriText, envelope.Dataset?.Bucket ?? envelope.RequireRun().Trigger.Bucket);
        var found = await services.Stores.ForBucket(uri.Bucket).GetJsonAsync(uri.Key, MlFunctionsJsonContext.Default.EvaluationScores, cancellationToken);
        return found?.Value ?? throw new ObjectNotFoundException($"{uri} does not exist.");
    }

    private static bool Rule(List<string> reasons, bool ok, string text)
    {
        reasons.Add((ok ? "pass: " : "fail: ") + text);
        return ok;
    }

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}

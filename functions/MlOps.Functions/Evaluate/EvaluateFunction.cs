using System.Security.Cryptography;
using System.Text.Json;
using MlOps.Functions.Hosting;
using MlOps.Functions.Predict;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Evaluation;
using MlOps.Pipeline.Modeling;
using MlOps.Pipeline.Registry;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Evaluate;

/// <summary>
/// Evaluate: selects the best candidate on the validation split, scores it on the test split (ROC AUC, PR AUC,
/// accuracy, F1, top-decile lift, calibration, per-slice metrics), re-scores the production champion on the same rows,
/// and keeps the per-row scores for the gate.
/// </summary>
internal sealed class EvaluateFunction(FunctionServices services, ModelLoader models)
{
    /// <summary>Fills <c>evaluation</c> and the selection in <c>training</c>.</summary>
    public async Task<PipelineEnvelope> HandleAsync(PipelineEnvelope envelope, ILambdaContext context, CancellationToken cancellationToken)
    {
        var run = envelope.RequireRun();
        var config = envelope.RequireConfig();
        var best = CandidateSelector.Select(envelope.Training);
        var (store, manifest) = await CuratedData.ManifestAsync(services.Stores, envelope, cancellationToken);
        var test = await CuratedData.SplitAsync(store, manifest.Test, cancellationToken);

        var challenger = await LoadCandidateAsync(store, best, cancellationToken);
        var scores = challenger.Score(challenger.Encoding.Encode(test));
        var slice = config.SliceColumn is { } column && test.Categoricals.TryGetValue(column, out var values) ? (column, values) : (null, null);
        var metrics = MetricsCalculator.Compute(scores, test.Labels, 0.5, slice.Item1, slice.Item2);

        var registry = RegistryAccess.Open(services, envelope);
        var champion = await models.AliasAsync(registry, ModelRegistry.Production, cancellationToken);
        float[]? championScores = null;
        BinaryMetrics? championMetrics = null;
        if (champion is not null)
        {
            try
            {
                championScores = champion.Artifact.Score(champion.Artifact.Encoding.Encode(test));
            }
            catch (KeyNotFoundException ex)
            {
                throw new SchemaMismatchException($"The champion ({registry.ModelName} version {champion.Version}) uses a feature this dataset lacks: {ex.Message}", ex);
            }

            championMetrics = MetricsCalculator.Compute(championScores, test.Labels);
        }

        var scoresKey = $"runs/{run.RunId}/evaluation/scores.json";
        await store.PutJsonAsync(scoresKey, new EvaluationScores { Labels = test.Labels, Challenger = scores, Champion = championScores, ChampionVersion = champion?.Version },
            MlFunctionsJsonContext.Default.EvaluationScores, cancellationToken: cancellationToken);
        context?.Logger.LogInformation(FormattableString.Invariant(
            $"evaluated {best.CandidateId}: test ROC AUC {metrics.RocAuc:0.0000}{(championMetrics is null ? "" : $", champion v{champion!.Version} {championMetrics.RocAuc:0.0000}")}"));
        var json = MlFunctionsJsonContext.Default;
        return envelope with
        {
            Training = envelope.Training! with
            {
                Selected = best.CandidateId,
                CandidateId = best.CandidateId,
                Trainer = best.Trainer,
                Hyperparameters = best.Hyperparameters,
                ArtifactUri = best.ArtifactUri,
                ArtifactSha256 = best.ArtifactSha256,
                Metrics = best.Metrics,
            },
            Evaluation = new EvaluationSection
            {
                RocAuc = Round(metrics.RocAuc),
                PrAuc = Round(metrics.PrAuc),
                Accuracy = Round(metrics.Accuracy),
                F1 = Round(metrics.F1),
                LiftTopDecile = Round(metrics.LiftTopDecile),
                Calibration = JsonSerializer.SerializeToElement(new CalibrationReport(Round(metrics.Brier), metrics.Calibration), json.CalibrationReport),
                Slices = JsonSerializer.SerializeToElement(new SliceReport(metrics.SliceColumn, metrics.Slices), json.SliceReport),
                Champion = championMetrics is null ? null : new ChampionMetrics
                {
                    Version = champion!.Version,
                    RocAuc = Round(championMetrics.RocAuc),
                    PrAuc = Round(championMetrics.PrAuc),
                    Accuracy = Round(championMetrics.Accuracy),
                    F1 = Round(championMetrics.F1),
                },
                Extra = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
                {
                    ["scoresUri"] = JsonSerializer.SerializeToElement($"s3://{store.BucketName}/{scoresKey}", json.String),
                    ["testRows"] = JsonSerializer.SerializeToElement(metrics.Count, json.Int32),
                    ["precision"] = JsonSerializer.SerializeToElement(Round(metrics.Precision), json.Double),
                    ["recall"] = JsonSerializer.SerializeToElement(Round(metrics.Recall), json.Double),
                },
            },
        };
    }

    private static async Task<ModelArtifact> LoadCandidateAsync(IObjectStore store, TrainingSection candidate, CancellationToken cancellationToken)
    {
        var uri = ObjectUri.Parse(candidate.ArtifactUri!, store.BucketName);
        var bytes = await ReadInBucketAsync(store, uri, cancellationToken);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (candidate.ArtifactSha256 is { } expected && !string.Equals(expected, sha, StringComparison.Ordinal))
        {
            throw new ArtifactIntegrityFailureException($"{uri} has SHA-256 {sha}, training recorded {expected}.");
        }

        return ModelArtifact.Load(bytes);
    }

    private static async Task<byte[]> ReadInBucketAsync(IObjectStore store, ObjectUri uri, CancellationToken cancellationToken) =>
        uri.Bucket == store.BucketName
            ? await store.ReadAllBytesAsync(uri.Key, cancellationToken)
            : throw new InvalidObjectKeyException($"{uri} is outside the data bucket {store.BucketName}.");

    private static double Round(double value) => double.IsNaN(value) ? 0 : Math.Round(value, 6);
}

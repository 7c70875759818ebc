using System.Diagnostics;
using MlOps.Functions.Hosting;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Data;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Evaluation;
using MlOps.Pipeline.Modeling;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Train;

/// <summary>
/// Train: one candidate per invocation (<c>config.trainer</c> + <c>config.hyperparameters</c>, one grid item in the Map),
/// a fresh <c>MLContext(seed)</c>, a deterministic artifact under <c>runs/&lt;runId&gt;/candidates/&lt;id&gt;/model.zip</c>,
/// and the validation-split ROC AUC used for selection.
/// </summary>
internal sealed class TrainFunction(IObjectStoreProvider stores)
{
    /// <summary>Trains the configured candidate on the curated train split.</summary>
    public async Task<PipelineEnvelope> HandleAsync(PipelineEnvelope envelope, ILambdaContext context, CancellationToken cancellationToken)
    {
        var run = envelope.RequireRun();
        var config = envelope.RequireConfig();
        var spec = new TrainerSpec(TrainerFactory.Normalize(config.Trainer), config.Hyperparameters);
        var problems = TrainerFactory.Check(spec);
        if (problems.Count > 0)
        {
            throw new InvalidConfigException("config.trainer/hyperparameters: " + string.Join("; ", problems));
        }

        var (store, manifest) = await CuratedData.ManifestAsync(stores, envelope, cancellationToken);
        var train = await CuratedData.SplitAsync(store, manifest.Train, cancellationToken);
        var validation = await CuratedData.SplitAsync(store, manifest.Validation, cancellationToken);
        var serving = new ServingSpec
        {
            Features = manifest.Features,
            Contract = ContractMapper.From(config) with { Columns = [.. ContractMapper.From(config).Columns.Where(c => manifest.Features.Contains(c.Name))] },
            PositiveLabel = config.PositiveLabel,
        };
        var started = Stopwatch.GetTimestamp();
        TrainedModel model;
        float[] validationScores;
        try
        {
            model = ModelTrainer.Train(manifest.Encoding.Encode(train), train.Labels, manifest.Encoding, spec, run.Seed, serving);
            validationScores = model.Artifact.Score(manifest.Encoding.Encode(validation)); // scores as the saved zip does (tested)
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or DllNotFoundException or FormatException)
        {
            throw new TrainingFailedException($"{config.Trainer} failed on {manifest.Train.Key}: {ex.Message}", ex);
        }

        var fitSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var candidateId = spec.CandidateId();
        var artifactKey = $"runs/{run.RunId}/candidates/{candidateId}/model.zip";
        await store.PutBytesAsync(artifactKey, model.Zip, cancellationToken: cancellationToken);
        var metrics = MetricsCalculator.Compute(validationScores, validation.Labels);
        context?.Logger.LogInformation(FormattableString.Invariant($"trained {candidateId}: validation ROC AUC {metrics.RocAuc:0.0000}"));
        return envelope with
        {
            Training = new TrainingSection
            {
                CandidateId = candidateId,
                Trainer = config.Trainer,
                Hyperparameters = config.Hyperparameters,
                ArtifactUri = $"s3://{store.BucketName}/{artifactKey}",
                ArtifactSha256 = model.Sha256,
                Metrics = new Dictionary<string, double>(StringComparer.Ordinal)
                {
                    ["validationRocAuc"] = Math.Round(metrics.RocAuc, 6),
                    ["validationPrAuc"] = Math.Round(metrics.PrAuc, 6),
                    ["trainRows"] = train.Count,
                    ["validationRows"] = validation.Count,
                    ["fitSeconds"] = Math.Round(fitSeconds, 3),
                },
            },
        };
    }
}

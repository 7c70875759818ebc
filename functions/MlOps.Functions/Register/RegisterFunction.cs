using System.Globalization;
using MlOps.Functions.Hosting;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Registry;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Register;

/// <summary>
/// Registers the selected candidate as a new model version with its lineage (run, dataset SHA, transform hash, code
/// version, trainer, params, metrics, artifact SHA), approval status from the config, and points <c>challenger</c> at it.
/// </summary>
internal sealed class RegisterFunction(FunctionServices services)
{
    /// <summary>The SAM handler string.</summary>
    public static readonly string Handler = HandlerNames.Of("Register");

    /// <summary>Registers and returns the envelope with <c>model</c> filled.</summary>
    public async Task<PipelineEnvelope> HandleAsync(PipelineEnvelope envelope, ILambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(context);
        var run = envelope.RequireRun();
        var config = envelope.RequireConfig();
        if (envelope.Gate is { Passed: false } gate)
        {
            throw new ModelQualityBelowThresholdException(
                $"Run {run.RunId}: the gate rejected the candidate, so it is not registered: {string.Join("; ", gate.Reasons)}");
        }

        var training = envelope.Training ?? throw new EnvelopeInvalidException("$.training is required (the envelope has not been through Train/Evaluate).");
        var artifactUri = training.ArtifactUri ?? throw new EnvelopeInvalidException("$.training.artifactUri is required.");
        var sha256 = training.ArtifactSha256 ?? throw new EnvelopeInvalidException("$.training.artifactSha256 is required.");

        var registry = RegistryAccess.Open(services, envelope);
        var source = ObjectUri.Parse(artifactUri, registry.Store.BucketName);
        if (source.Bucket != registry.Store.BucketName)
        {
            throw new EnvelopeInvalidException(
                $"$.training.artifactUri {artifactUri} is not in the registry's bucket {registry.Store.BucketName}.");
        }

        var version = await registry.RegisterAsync(
            new RegistrationRequest
            {
                SourceArtifactKey = source.Key,
                ExpectedSha256 = sha256,
                ApprovalStatus = config.RequireApproval ? ApprovalStatus.PendingManualApproval : ApprovalStatus.Approved,
                Lineage = new ModelLineage
                {
                    RunId = run.RunId,
                    DatasetSha256 = envelope.Dataset?.Sha256,
                    TransformHash = envelope.Dataset?.TransformHash,
                    CodeVersion = run.CodeVersion,
                    Trainer = training.Trainer,
                    Hyperparameters = training.Hyperparameters,
                    Metrics = MetricsOf(envelope.Evaluation),
                },
            },
            cancellationToken);
        await registry.SetAliasAsync(ModelRegistry.Challenger, version.Version, run.RunId, cancellationToken);
        context.Logger.LogInformation(string.Create(CultureInfo.InvariantCulture,
            $"Register: {registry.ModelName} version {version.Version} ({version.ApprovalStatus}) from {artifactUri}."));
        return envelope with
        {
            Model = new ModelSection
            {
                Name = registry.ModelName,
                Version = version.Version,
                Alias = ModelRegistry.Challenger,
                ArtifactUri = version.ArtifactUri,
                ArtifactSha256 = version.ArtifactSha256,
                ApprovalStatus = version.ApprovalStatus.ToString(),
            },
        };
    }

    private static Dictionary<string, double>? MetricsOf(EvaluationSection? evaluation)
    {
        if (evaluation is null)
        {
            return null;
        }

        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(string name, double? value)
        {
            if (value is { } v)
            {
                metrics[name] = v;
            }
        }

        Add("rocAuc", evaluation.RocAuc);
        Add("prAuc", evaluation.PrAuc);
        Add("accuracy", evaluation.Accuracy);
        Add("f1", evaluation.F1);
        Add("liftTopDecile", evaluation.LiftTopDecile);
        return metrics;
    }
}

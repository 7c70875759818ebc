using System.Globalization;
using MlOps.Functions.Hosting;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Registry;

namespace MlOps.Functions.Deploy;

/// <summary>
/// Moves the <c>production</c> alias to the registered version (If-Match on the alias document), after checking the
/// version is ready and approved; the version it replaces goes into <c>deployment.previousVersion</c>.
/// </summary>
internal sealed class DeployFunction(FunctionServices services)
{
    /// <summary>The SAM handler string.</summary>
    public static readonly string Handler = HandlerNames.Of("Deploy");

    /// <summary>Deploys and returns the envelope with <c>deployment</c> filled.</summary>
    public async Task<PipelineEnvelope> HandleAsync(PipelineEnvelope envelope, ILambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(context);
        var run = envelope.RequireRun();
        var model = envelope.Model ?? throw new EnvelopeInvalidException("$.model is required (the envelope has not been through Register).");
        var registry = RegistryAccess.Open(services, envelope);
        var version = await registry.GetReadyVersionAsync(model.Version, cancellationToken);
        if (version.ApprovalStatus != ApprovalStatus.Approved)
        {
            throw new ModelNotApprovedException(
                $"{registry.ModelName} version {version.Version} is {version.ApprovalStatus}; only Approved versions are deployed.");
        }

        var alias = await registry.SetAliasAsync(ModelRegistry.Production, version.Version, run.RunId, cancellationToken);
        var move = alias.History[^1];
        var previous = move.Version == version.Version ? move.PreviousVersion : alias.Previous.Count > 0 ? alias.Previous[^1] : null;
        context.Logger.LogInformation(string.Create(CultureInfo.InvariantCulture,
            $"Deploy: {registry.ModelName} production -> version {version.Version} (was {previous?.ToString(CultureInfo.InvariantCulture) ?? "none"})."));
        return envelope with
        {
            Deployment = new DeploymentSection
            {
                Alias = ModelRegistry.Production,
                Version = version.Version,
                PreviousVersion = previous,
                DeployedAt = alias.UpdatedAt,
                RolledBack = false,
            },
        };
    }
}

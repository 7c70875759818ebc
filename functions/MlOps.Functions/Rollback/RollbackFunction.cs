using System.Globalization;
using MlOps.Functions.Hosting;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Registry;

namespace MlOps.Functions.Rollback;

/// <summary>
/// Restores the previous production version from the alias's rollback stack. When the envelope says which version
/// this run deployed, only that version is rolled back (a retry after success is a no-op; a deployment by someone
/// else is <c>MlOps.PreconditionFailed</c>). No previous version: <c>MlOps.NoPreviousVersion</c>.
/// </summary>
internal sealed class RollbackFunction(FunctionServices services)
{
    /// <summary>The SAM handler string.</summary>
    public static readonly string Handler = HandlerNames.Of("Rollback");

    /// <summary>Rolls back and returns the envelope with <c>deployment</c> describing the restore.</summary>
    public async Task<PipelineEnvelope> HandleAsync(PipelineEnvelope envelope, ILambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(context);
        var run = envelope.RequireRun();
        var registry = RegistryAccess.Open(services, envelope);
        var deployed = envelope.Deployment is { RolledBack: false } deployment ? deployment.Version : (int?)null;
        var alias = await registry.RollbackAliasAsync(ModelRegistry.Production, run.RunId, deployed, cancellationToken);
        var move = alias.History[^1];
        context.Logger.LogWarning(string.Create(CultureInfo.InvariantCulture,
            $"Rollback: {registry.ModelName} production -> version {alias.Version} (rolled back {move.PreviousVersion})."));
        return envelope with
        {
            Deployment = new DeploymentSection
            {
                Alias = ModelRegistry.Production,
                Version = alias.Version,
                PreviousVersion = move.PreviousVersion,
                DeployedAt = move.At,
                RolledBack = true,
            },
        };
    }
}

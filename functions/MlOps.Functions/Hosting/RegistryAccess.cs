using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Registry;

namespace MlOps.Functions.Hosting;

/// <summary>Opens the model registry a run works with: the data bucket, the config's (or MODEL_NAME's) model name.</summary>
internal static class RegistryAccess
{
    /// <summary>The registry for <paramref name="envelope"/>'s run.</summary>
    public static ModelRegistry Open(FunctionServices services, PipelineEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(envelope);
        var modelName = envelope.Model?.Name ?? envelope.Config?.ModelName ?? services.ModelName ?? FunctionServices.DefaultModelName;
        return new ModelRegistry(services.DataStore(envelope.Run?.Trigger.Bucket), modelName, services.Time);
    }
}

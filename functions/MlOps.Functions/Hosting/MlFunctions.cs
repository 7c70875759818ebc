using MlOps.Functions.Train;
using MlOps.Functions.Transform;
using MlOps.Functions.Validate;
using MlOps.Lambda.Runtime.Hosting;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Hosting;

/// <summary>Registers the ML functions (Validate ... DriftCheck) with their handler strings.</summary>
internal static class MlFunctions
{
    /// <summary>Adds every ML handler to <paramref name="registry"/>, stores chosen by <paramref name="environment"/>.</summary>
    public static void Register(HandlerRegistry registry, IReadOnlyDictionary<string, string> environment, IObjectStoreProvider? stores = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(environment);
        stores ??= ObjectStoreProvider.FromEnvironment(environment);
        registry.Add(MlEnvelopeAdapter.HandlerName("Validate"), MlEnvelopeAdapter.Wrap("Validate", new ValidateFunction(stores).HandleAsync));
        registry.Add(MlEnvelopeAdapter.HandlerName("Transform"), MlEnvelopeAdapter.Wrap("Transform", new TransformFunction(stores).HandleAsync));
        registry.Add(MlEnvelopeAdapter.HandlerName("Train"), MlEnvelopeAdapter.Wrap("Train", new TrainFunction(stores).HandleAsync));
    }
}

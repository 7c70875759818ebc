using MlOps.Functions.BatchPredict;
using MlOps.Functions.DriftCheck;
using MlOps.Functions.Evaluate;
using MlOps.Functions.Gate;
using MlOps.Functions.Predict;
using MlOps.Functions.Train;
using MlOps.Functions.Transform;
using MlOps.Functions.Validate;
using MlOps.Lambda.Runtime.Hosting;

namespace MlOps.Functions.Hosting;

/// <summary>Registers the ML functions (Validate ... DriftCheck) with their handler strings.</summary>
internal static class MlFunctions
{
    /// <summary>Adds every ML handler to <paramref name="registry"/>, with stores and settings from <paramref name="environment"/>.</summary>
    public static void Register(HandlerRegistry registry, IReadOnlyDictionary<string, string> environment, TimeProvider? time = null) =>
        Register(registry, new FunctionServices(environment, time ?? TimeProvider.System));

    /// <summary>Adds every ML handler with explicit services.</summary>
    public static void Register(HandlerRegistry registry, FunctionServices services)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(services);
        var time = services.Time;
        var models = new ModelLoader();
        registry.Add(HandlerNames.Of("Validate"), EnvelopeHandler.Create("Validate", new ValidateFunction(services.Stores).HandleAsync, time));
        registry.Add(HandlerNames.Of("Transform"), EnvelopeHandler.Create("Transform", new TransformFunction(services.Stores).HandleAsync, time));
        registry.Add(HandlerNames.Of("Train"), EnvelopeHandler.Create("Train", new TrainFunction(services.Stores).HandleAsync, time));
        registry.Add(HandlerNames.Of("Evaluate"), EnvelopeHandler.Create("Evaluate", new EvaluateFunction(services, models).HandleAsync, time));
        registry.Add(HandlerNames.Of("Gate"), EnvelopeHandler.Create("Gate", new GateFunction(services).HandleAsync, time));
        registry.Add(HandlerNames.Of("Predict"), new PredictFunction(services, models).HandleAsync);
        registry.Add(HandlerNames.Of("BatchPredict"), new BatchPredictFunction(services, models).HandleAsync);
        registry.Add(HandlerNames.Of("DriftCheck"), EnvelopeHandler.Create("DriftCheck", new DriftCheckFunction(services, models).HandleAsync, time));
    }
}

using MlOps.Functions.Deploy;
using MlOps.Functions.FailureSummary;
using MlOps.Functions.Prepare;
using MlOps.Functions.Register;
using MlOps.Functions.Rollback;
using MlOps.Functions.SmokeTest;
using MlOps.Lambda.Runtime.Hosting;

namespace MlOps.Functions.Hosting;

/// <summary>Registers the pipeline-core functions (Prepare, Register, Deploy, Rollback, SmokeTest, FailureSummary).</summary>
internal static class CoreFunctions
{
    /// <summary>Adds each core handler to <paramref name="registry"/>, with stores and settings from <paramref name="environment"/>.</summary>
    public static void Register(HandlerRegistry registry, IReadOnlyDictionary<string, string> environment, TimeProvider? time = null) =>
        Register(registry, new FunctionServices(environment, time ?? TimeProvider.System));

    /// <summary>Adds each core handler to <paramref name="registry"/> with explicit services (tests inject the clock here).</summary>
    public static void Register(HandlerRegistry registry, FunctionServices services)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(services);
        var time = services.Time;
        registry.Add(PrepareFunction.Handler, EnvelopeHandler.CreateFromEvent("Prepare", new PrepareFunction(services).HandleAsync, time));
        registry.Add(RegisterFunction.Handler, EnvelopeHandler.Create("Register", new RegisterFunction(services).HandleAsync, time));
        registry.Add(DeployFunction.Handler, EnvelopeHandler.Create("Deploy", new DeployFunction(services).HandleAsync, time));
        registry.Add(RollbackFunction.Handler, EnvelopeHandler.Create("Rollback", new RollbackFunction(services).HandleAsync, time));
        registry.Add(SmokeTestFunction.Handler, EnvelopeHandler.Create("SmokeTest", new SmokeTestFunction(services).HandleAsync, time));
        registry.Add(FailureSummaryFunction.Handler, EnvelopeHandler.Create("FailureSummary", new FailureSummaryFunction(services).HandleAsync, time));
    }
}

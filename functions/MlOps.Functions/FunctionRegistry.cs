using MlOps.Lambda.Runtime.Hosting;

namespace MlOps.Functions;

/// <summary>
/// Every function of the product, by its SAM <c>Handler</c> string
/// (<c>MlOps.Functions::MlOps.Functions.&lt;Name&gt;.&lt;Name&gt;Function::HandleAsync</c>).
/// </summary>
public static class FunctionRegistry
{
    /// <summary>
    /// Builds the handler table for one function environment: the variables the template gives the function
    /// (on AWS the process environment; locally, per function, from template.yaml).
    /// </summary>
    public static HandlerRegistry Create(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var registry = new HandlerRegistry();

        // pipeline-core: Prepare, Register, Deploy, Rollback, SmokeTest, FailureSummary
        Hosting.CoreFunctions.Register(registry, environment);

        // pipeline-ml: Validate, Transform, Train, Evaluate, Gate, Predict, BatchPredict, DriftCheck
        Hosting.MlFunctions.Register(registry, environment);

        return registry;
    }
}

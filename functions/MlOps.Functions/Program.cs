// The single bootstrap of every function: both deploy shapes start here.
// provided.al2023: the published `bootstrap` file; _HANDLER names the function (Assembly::Type::Method).
// Managed dotnet10 with an executable handler: Handler is the assembly name, MLOPS_HANDLER names the function.
// Batch (the job definition's command): `MlOps.Functions --batch <handler>` runs one step outside Lambda.
using MlOps.Functions;
using MlOps.Functions.Batch;
using MlOps.Functions.Diagnostics;
using MlOps.Lambda.Runtime.Bootstrap;
using MlOps.Lambda.Runtime.Context;

var environment = ProcessEnvironmentVariables.Snapshot();
if (args is ["--batch", var batchHandler])
{
    return await BatchJobRunner.RunAsync(batchHandler, environment, Console.Out, Console.Error);
}

if (args.Length > 0)
{
    await Console.Error.WriteLineAsync("usage: MlOps.Functions (as a Lambda bootstrap) | MlOps.Functions --batch <handler>");
    return 2;
}

// The registry is built inside the init phase: a configuration error becomes a Lambda init error.
return await LambdaBootstrap.RunAsync(() => DiagnosticHandlers.AddWhenEnabled(FunctionRegistry.Create(environment), environment));

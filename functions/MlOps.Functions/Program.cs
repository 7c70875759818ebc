// The single bootstrap of every function: both deploy shapes start here.
// provided.al2023: the published `bootstrap` file; _HANDLER names the function (Assembly::Type::Method).
// Managed dotnet10 with an executable handler: Handler is the assembly name, MLOPS_HANDLER names the function.
using MlOps.Functions;
using MlOps.Functions.Diagnostics;
using MlOps.Lambda.Runtime.Bootstrap;
using MlOps.Lambda.Runtime.Context;

var environment = ProcessEnvironmentVariables.Snapshot();
var registry = DiagnosticHandlers.AddWhenEnabled(FunctionRegistry.Create(environment), environment);
return await LambdaBootstrap.RunAsync(registry);

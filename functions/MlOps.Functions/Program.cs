// The single bootstrap of every function: both deploy shapes start here.
// provided.al2023: the published `bootstrap` file; _HANDLER names the function (Assembly::Type::Method).
// Managed dotnet10 with an executable handler: Handler is the assembly name, MLOPS_HANDLER names the function.
using MlOps.Functions;
using MlOps.Functions.Diagnostics;
using MlOps.Lambda.Runtime.Bootstrap;
using MlOps.Lambda.Runtime.Context;

// The registry is built inside the init phase: a configuration error becomes a Lambda init error.
var environment = ProcessEnvironmentVariables.Snapshot();
return await LambdaBootstrap.RunAsync(() => DiagnosticHandlers.AddWhenEnabled(FunctionRegistry.Create(environment), environment));

// A trivial function on MlOps.Lambda.Runtime: echoes its event. Used to measure cold start per publish mode.
using MlOps.Lambda.Runtime.Bootstrap;
using MlOps.Lambda.Runtime.Hosting;

var registry = new HandlerRegistry().Add("Trivial::Echo", (payload, _, _) => Task.FromResult(payload.ToArray()));
return await LambdaBootstrap.RunAsync(registry);

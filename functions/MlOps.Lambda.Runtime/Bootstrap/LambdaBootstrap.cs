using MlOps.Lambda.Runtime.Client;
using MlOps.Lambda.Runtime.Context;
using MlOps.Lambda.Runtime.Errors;
using MlOps.Lambda.Runtime.Hosting;

namespace MlOps.Lambda.Runtime.Bootstrap;

/// <summary>
/// The runtime loop: resolve the handler from <c>_HANDLER</c> (or <c>MLOPS_HANDLER</c>), honour SnapStart's restore
/// handshake, then fetch, run and answer events until the Runtime API fails. Returns the process exit code.
/// </summary>
public static class LambdaBootstrap
{
    /// <summary>Runs the loop for the handler named by the environment.</summary>
    /// <returns>0 after a clean stop (cancellation or run-once), 1 after an init error or a broken Runtime API.</returns>
    public static Task<int> RunAsync(HandlerRegistry registry, LambdaBootstrapOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return RunAsync(() => registry, options, cancellationToken);
    }

    /// <summary>
    /// Runs the loop, building the handler table inside the init phase: an exception from
    /// <paramref name="registryFactory"/> (e.g. bad configuration) is posted as an init error, as Lambda expects.
    /// </summary>
    /// <returns>0 after a clean stop (cancellation or run-once), 1 after an init error or a broken Runtime API.</returns>
    public static async Task<int> RunAsync(Func<HandlerRegistry> registryFactory, LambdaBootstrapOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registryFactory);
        options ??= new LambdaBootstrapOptions();
        var output = options.Output ?? Console.Out;
        var env = options.Environment;
        var client = options.Client;
        if (client is null)
        {
            var api = env.Get(LambdaEnvironmentNames.RuntimeApi);
            if (string.IsNullOrWhiteSpace(api))
            {
                await Console.Error.WriteLineAsync($"{LambdaEnvironmentNames.RuntimeApi} is not set: this program must run under a Lambda Runtime API.");
                return 1;
            }

            try
            {
                client = new SocketRuntimeApiClient(api);
            }
            catch (ArgumentException exception)
            {
                await Console.Error.WriteLineAsync(exception.Message);
                return 1;
            }
        }

        try
        {
            HandlerRegistry registry;
            try
            {
                registry = registryFactory();
            }
            catch (Exception exception)
            {
                await ReportInitErrorAsync(client, output, ExceptionConverter.ToErrorResponse(exception), cancellationToken);
                return 1;
            }

            var handler = await InitializeAsync(registry, options, client, output, cancellationToken);
            if (handler is null)
            {
                return 1;
            }

            var loop = new LambdaLoop(client, handler, options, output);
            return await loop.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        finally
        {
            (client as IDisposable)?.Dispose();
        }
    }

    /// <summary>The handler name: <c>MLOPS_HANDLER</c> when set (managed runtime, executable handler), else <c>_HANDLER</c>.</summary>
    public static string? ResolveHandlerName(IEnvironmentVariables environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var own = environment.Get(LambdaEnvironmentNames.MlOpsHandler);
        return string.IsNullOrWhiteSpace(own) ? environment.Get(LambdaEnvironmentNames.Handler) : own;
    }

    private static async Task<LambdaHandler?> InitializeAsync(
        HandlerRegistry registry, LambdaBootstrapOptions options, IRuntimeApiClient client, TextWriter output, CancellationToken cancellationToken)
    {
        var name = ResolveHandlerName(options.Environment);
        if (string.IsNullOrWhiteSpace(name) || !registry.TryGet(name, out var handler))
        {
            var known = registry.Names.Count == 0 ? "(none)" : string.Join(", ", registry.Names.Order(StringComparer.Ordinal));
            var message = string.IsNullOrWhiteSpace(name)
                ? $"Neither {LambdaEnvironmentNames.Handler} nor {LambdaEnvironmentNames.MlOpsHandler} is set. Known handlers: {known}."
                : $"Handler '{name}' is not registered. Known handlers: {known}."
                    + (name.Contains("::", StringComparison.Ordinal)
                        ? string.Empty
                        : $" On the managed runtime with an executable handler, set {LambdaEnvironmentNames.MlOpsHandler} to the function's handler.");
            await ReportInitErrorAsync(client, output, new ErrorResponse(RuntimeErrorTypes.NoSuchHandler, message, []), cancellationToken);
            return null;
        }

        if (!string.Equals(options.Environment.Get(LambdaEnvironmentNames.InitializationType), "snap-start", StringComparison.Ordinal))
        {
            return handler;
        }

        return await SnapStartAsync(options, client, output, cancellationToken) ? handler : null;
    }

    private static async Task<bool> SnapStartAsync(
        LambdaBootstrapOptions options, IRuntimeApiClient client, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var hook in options.BeforeSnapshot.Reverse())
            {
                await hook();
            }
        }
        catch (Exception exception)
        {
            var error = ExceptionConverter.ToErrorResponse(exception) with { ErrorType = RuntimeErrorTypes.BeforeSnapshotError };
            await ReportInitErrorAsync(client, output, error, cancellationToken);
            return false;
        }

        // The snapshot is taken while this call waits; it returns in the restored environment.
        await client.RestoreNextInvocationAsync(cancellationToken);
        try
        {
            foreach (var hook in options.AfterRestore)
            {
                await hook();
            }
        }
        catch (Exception exception)
        {
            var error = ExceptionConverter.ToErrorResponse(exception) with { ErrorType = RuntimeErrorTypes.AfterRestoreError };
            await output.WriteLineAsync($"After-restore hook failed: {error.ErrorType}: {error.ErrorMessage}");
            await client.ReportRestoreErrorAsync(error, cancellationToken);
            return false;
        }

        return true;
    }

    private static async Task ReportInitErrorAsync(IRuntimeApiClient client, TextWriter output, ErrorResponse error, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"Init error: {error.ErrorType}: {error.ErrorMessage}");
        try
        {
            await client.ReportInitializationErrorAsync(error, cancellationToken);
        }
        catch (Exception exception) when (exception is RuntimeApiException or HttpRequestException)
        {
            await output.WriteLineAsync($"Could not report the init error: {exception.Message}");
        }
    }
}

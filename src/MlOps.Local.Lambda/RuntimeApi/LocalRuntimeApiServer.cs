using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MlOps.Local.Lambda.Invocation;

namespace MlOps.Local.Lambda.RuntimeApi;

/// <summary>
/// A local Lambda Runtime API on 127.0.0.1 and a free port, one event queue per function. A runtime reaches its
/// function's queue through <c>AWS_LAMBDA_RUNTIME_API=127.0.0.1:{port}/{functionName}</c>, under which the routes are
/// AWS's (<c>/2018-06-01/runtime/...</c>). It also serves the Invoke API
/// (<c>POST /2015-03-31/functions/{name}/invocations</c>) through <see cref="Invoker"/>.
/// </summary>
public sealed partial class LocalRuntimeApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FunctionQueue> _queues = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    private LocalRuntimeApiServer(WebApplication app, TimeProvider time, Uri baseUri)
    {
        _app = app;
        _time = time;
        BaseUri = baseUri;
    }

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>Backs the Invoke API route; without it that route answers 503.</summary>
    public ILambdaInvoker? Invoker { get; set; }

    /// <summary>Starts the server on 127.0.0.1 and a port the OS picks.</summary>
    public static async Task<LocalRuntimeApiServer> StartAsync(TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Limits.MaxRequestBodySize = null; // limits are enforced per route, with Lambda's status codes
        });
        var app = builder.Build();
        LocalRuntimeApiServer? server = null;
        MapRoutes(app, () => server!);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new LocalRuntimeApiServer(app, time ?? TimeProvider.System, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>The <c>AWS_LAMBDA_RUNTIME_API</c> value that routes a runtime to <paramref name="functionName"/>'s queue.</summary>
    public string RuntimeApiFor(string functionName) =>
        string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{BaseUri.Port}/{Uri.EscapeDataString(functionName)}");

    /// <summary>Queues an event for <paramref name="function"/>; the task completes when the runtime answers.</summary>
    internal PendingInvocation Enqueue(LocalFunction function, ReadOnlyMemory<byte> payload)
    {
        var deadline = (_time.GetUtcNow() + function.Timeout).ToUnixTimeMilliseconds();
        var invocation = new PendingInvocation(function.Name, Guid.NewGuid().ToString(), payload.ToArray(), deadline, function.Arn, TraceIds.New(_time));
        Queue(function.Name).Enqueue(invocation);
        return invocation;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private FunctionQueue Queue(string functionName) => _queues.GetOrAdd(functionName, _ => new FunctionQueue());
}

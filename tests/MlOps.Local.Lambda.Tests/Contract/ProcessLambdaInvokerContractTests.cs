using MlOps.Local.Lambda.Invocation;
using MlOps.Local.Lambda.Processes;
using MlOps.Local.Lambda.RuntimeApi;
using MlOps.Testing;

namespace MlOps.Local.Lambda.Tests.Contract;

/// <summary>The contract against the built bootstrap running as real processes behind the local Runtime API.</summary>
[Trait("Category", "E2E")]
#pragma warning disable CA1001 // Disposed by xunit through IAsyncLifetime.DisposeAsync.
public sealed class ProcessLambdaInvokerContractTests : LambdaInvokerContract
{
    private LocalRuntimeApiServer? _server;
    private ProcessLambdaInvoker? _invoker;

    protected override async Task<ILambdaInvoker> CreateAsync(IReadOnlyList<LocalFunction> functions)
    {
        var bootstrap = FunctionsBootstrap.Find()
            ?? throw new InvalidOperationException("MlOps.Functions is not built next to the tests; build tests/MlOps.Local.Lambda.Tests.");
        _server = await LocalRuntimeApiServer.StartAsync();
        _invoker = new ProcessLambdaInvoker(_server, BootstrapCommand.For(bootstrap), functions);
        return _invoker;
    }

    protected override async ValueTask DisposeInvokerAsync()
    {
        if (_invoker is not null)
        {
            await _invoker.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
#pragma warning restore CA1001

using System.Collections.Concurrent;
using System.Globalization;
using MlOps.Lambda.Runtime.Bootstrap;
using MlOps.Lambda.Runtime.Errors;
using MlOps.Local.Lambda.Invocation;
using MlOps.Local.Lambda.RuntimeApi;

namespace MlOps.Local.Lambda.Processes;

/// <summary>
/// Runs functions as real processes of the built bootstrap against a <see cref="LocalRuntimeApiServer"/>
/// (what <c>sam local invoke</c> does in a container). A function's process stays warm between invocations,
/// which run one at a time per function as in one Lambda execution environment; a crash, an init error or a
/// timeout ends the process and the next invoke starts a new one (a cold start).
/// </summary>
public sealed class ProcessLambdaInvoker : ILambdaInvoker, IAsyncDisposable
{
    /// <summary>Time granted to a cold start on top of the function timeout (Lambda's init phase limit).</summary>
    public static readonly TimeSpan InitAllowance = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(2);
    private readonly LocalRuntimeApiServer _server;
    private readonly BootstrapCommand _command;
    private readonly Dictionary<string, LocalFunction> _functions;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RuntimeProcess> _processes = new(StringComparer.Ordinal);
    private int _coldStarts;

    /// <summary>Creates the invoker.</summary>
    /// <param name="server">The local Runtime API the processes talk to.</param>
    /// <param name="command">How to start the built bootstrap.</param>
    /// <param name="functions">The functions that can be invoked.</param>
    public ProcessLambdaInvoker(LocalRuntimeApiServer server, BootstrapCommand command, IEnumerable<LocalFunction> functions)
    {
        _server = server ?? throw new ArgumentNullException(nameof(server));
        _command = command ?? throw new ArgumentNullException(nameof(command));
        ArgumentNullException.ThrowIfNull(functions);
        _functions = functions.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>How many processes were started (cold starts), for diagnostics.</summary>
    public int ColdStarts => _coldStarts;

    /// <inheritdoc />
    public async Task<LambdaInvokeResult> InvokeAsync(string functionName, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        if (!_functions.TryGetValue(functionName, out var function))
        {
            throw new LambdaFunctionNotFoundException(functionName);
        }

        LambdaRequestTooLargeException.ThrowIfTooLarge(payload);
        var gate = _gates.GetOrAdd(functionName, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await InvokeWarmOrColdAsync(function, payload, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes.Values)
        {
            process.Kill();
            try
            {
                await process.Exited.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (TimeoutException)
            {
                // Killed but not reaped in time: disposing releases our handles regardless.
            }

            process.Dispose();
        }

        _processes.Clear();
    }

    private async Task<LambdaInvokeResult> InvokeWarmOrColdAsync(LocalFunction function, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var cold = !_processes.TryGetValue(function.Name, out var process) || process.HasExited;
        if (cold)
        {
            process?.Dispose();
            var environment = function.ReservedEnvironment();
            environment["AWS_LAMBDA_RUNTIME_API"] = _server.RuntimeApiFor(function.Name);
            process = RuntimeProcess.Start(_command, environment);
            Interlocked.Increment(ref _coldStarts);
            _processes[function.Name] = process;
        }

        var mark = process!.OutputLength;
        var invocation = _server.Enqueue(function, payload);
        using var watchdogStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watchdog = Task.Delay(function.Timeout + Slack + (cold ? InitAllowance : TimeSpan.Zero), watchdogStop.Token);
        var first = await Task.WhenAny(invocation.Reply, process.Exited, watchdog);
        await watchdogStop.CancelAsync();
        if (first == watchdog && !invocation.Reply.IsCompleted)
        {
            process.Kill();
            LocalRuntimeApiServer.Abandon(invocation, InvocationRunner.TimedOut(invocation.RequestId, function.Timeout));
            cancellationToken.ThrowIfCancellationRequested();
        }
        else if (first == process.Exited && !invocation.Reply.IsCompleted)
        {
            var message = string.Create(
                CultureInfo.InvariantCulture, $"RequestId: {invocation.RequestId} Error: Runtime exited with error: exit status {process.Exited.Result}");
            LocalRuntimeApiServer.Abandon(invocation, new ErrorResponse(RuntimeErrorTypes.ExitError, message, []));
        }

        var reply = await invocation.Reply;
        if (reply.IsInitError)
        {
            // The runtime exits after an init error; the next invoke must find a fresh environment, as on Lambda.
            await process.Exited.WaitAsync(InitAllowance, CancellationToken.None).ContinueWith(_ => process.Kill(), TaskScheduler.Default);
        }

        var log = $"START RequestId: {invocation.RequestId} Version: $LATEST\n{process.OutputSince(mark)}END RequestId: {invocation.RequestId}\n";
        var tail = LambdaInvokeResult.Tail(log);
        return reply.Error is { } error
            ? LambdaInvokeResult.Failure(invocation.RequestId, error, tail)
            : LambdaInvokeResult.Success(invocation.RequestId, reply.Body, tail);
    }
}

using System.Collections.Concurrent;
using MlOps.Lambda.Runtime.Bootstrap;
using MlOps.Lambda.Runtime.Context;
using MlOps.Lambda.Runtime.Errors;
using MlOps.Lambda.Runtime.Hosting;
using MlOps.Local.Lambda.Invocation;

namespace MlOps.Local.Lambda.InProcess;

/// <summary>
/// Runs functions inside this process: one handler table per function, built once from the function's environment
/// (its "init"), then each invoke gets a <see cref="LambdaContext"/> with a deadline and is run by the same
/// <see cref="InvocationRunner"/> as the real bootstrap, so errors, timeouts and size limits read the same.
/// </summary>
public sealed class InProcessLambdaInvoker : ILambdaInvoker
{
    private readonly Func<IReadOnlyDictionary<string, string>, HandlerRegistry> _registryFactory;
    private readonly Dictionary<string, LocalFunction> _functions;
    private readonly ConcurrentDictionary<string, HandlerRegistry> _warm = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly InvocationRunner _runner;

    /// <summary>Creates the invoker.</summary>
    /// <param name="registryFactory">Builds a function's handler table from its environment (e.g. <c>FunctionRegistry.Create</c>).</param>
    /// <param name="functions">The functions that can be invoked.</param>
    /// <param name="time">The clock behind deadlines (default: system).</param>
    public InProcessLambdaInvoker(
        Func<IReadOnlyDictionary<string, string>, HandlerRegistry> registryFactory, IEnumerable<LocalFunction> functions, TimeProvider? time = null)
    {
        _registryFactory = registryFactory ?? throw new ArgumentNullException(nameof(registryFactory));
        ArgumentNullException.ThrowIfNull(functions);
        _functions = functions.ToDictionary(f => f.Name, StringComparer.Ordinal);
        _time = time ?? TimeProvider.System;
        _runner = new InvocationRunner(_time);
    }

    /// <inheritdoc />
    public async Task<LambdaInvokeResult> InvokeAsync(string functionName, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        if (!_functions.TryGetValue(functionName, out var function))
        {
            throw new LambdaFunctionNotFoundException(functionName);
        }

        LambdaRequestTooLargeException.ThrowIfTooLarge(payload);
        var requestId = Guid.NewGuid().ToString();
        var traceId = TraceIds.New(_time);
        var variables = function.ReservedEnvironment();
        using var log = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var output = TextWriter.Synchronized(log);
        await output.WriteLineAsync($"START RequestId: {requestId} Version: $LATEST");
        if (!TryInitialize(function, variables, out var registry, out var initError))
        {
            return LambdaInvokeResult.Failure(requestId, initError, Tail(output, log, requestId));
        }

        if (!registry.TryGet(function.Handler, out var handler))
        {
            var known = string.Join(", ", registry.Names.Order(StringComparer.Ordinal));
            var error = new ErrorResponse(RuntimeErrorTypes.NoSuchHandler, $"Handler '{function.Handler}' is not registered. Known handlers: {known}.", []);
            return LambdaInvokeResult.Failure(requestId, error, Tail(output, log, requestId));
        }

        var environment = new DictionaryEnvironmentVariables(variables);
        environment.Set(LambdaEnvironmentNames.TraceId, traceId);
        var logger = new LambdaLogger(output, LambdaLoggerSettings.FromEnvironment(environment), _time, requestId, traceId);
        var context = new LambdaContext(
            requestId, _time.GetUtcNow() + function.Timeout, function.Arn, traceId, LambdaFunctionInfo.FromEnvironment(environment), logger, _time);
        var outcome = await _runner.RunAsync(handler, payload, context, hasDeadline: true, cancellationToken);
        if (outcome.HandlerAbandoned)
        {
            // Lambda discards an environment whose handler outlived its deadline: init runs again next time.
            _warm.TryRemove(function.Name, out _);
        }

        var tail = Tail(output, log, requestId);
        return outcome.Error is { } failure
            ? LambdaInvokeResult.Failure(requestId, failure, tail)
            : LambdaInvokeResult.Success(requestId, outcome.Response!, tail);
    }

    private bool TryInitialize(LocalFunction function, Dictionary<string, string> variables, out HandlerRegistry registry, out ErrorResponse error)
    {
        error = null!;
        if (_warm.TryGetValue(function.Name, out registry!))
        {
            return true;
        }

        try
        {
            registry = _warm.GetOrAdd(function.Name, _ => _registryFactory(variables));
            return true;
        }
        catch (Exception exception)
        {
            error = ExceptionConverter.ToErrorResponse(exception);
            return false;
        }
    }

    private static string Tail(TextWriter output, StringWriter log, string requestId)
    {
        output.WriteLine($"END RequestId: {requestId}");
        return LambdaInvokeResult.Tail(log.ToString());
    }
}

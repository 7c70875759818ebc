using MlOps.Lambda.Runtime.Client;
using MlOps.Lambda.Runtime.Context;
using MlOps.Lambda.Runtime.Hosting;

namespace MlOps.Lambda.Runtime.Bootstrap;

/// <summary>Fetch → run → answer, until the Runtime API breaks or the host stops.</summary>
internal sealed class LambdaLoop
{
    private readonly IRuntimeApiClient _client;
    private readonly LambdaHandler _handler;
    private readonly LambdaBootstrapOptions _options;
    private readonly TextWriter _output;
    private readonly InvocationRunner _runner;
    private readonly LambdaFunctionInfo _function;
    private readonly LambdaLoggerSettings _logSettings;

    public LambdaLoop(IRuntimeApiClient client, LambdaHandler handler, LambdaBootstrapOptions options, TextWriter output)
    {
        _client = client;
        _handler = handler;
        _options = options;
        _output = output;
        _runner = new InvocationRunner(options.Time);
        _function = LambdaFunctionInfo.FromEnvironment(options.Environment);
        _logSettings = LambdaLoggerSettings.FromEnvironment(options.Environment);
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var runOnce = _options.RunOnce
            || string.Equals(_options.Environment.Get(LambdaEnvironmentNames.RunOnce), "true", StringComparison.OrdinalIgnoreCase);
        while (true)
        {
            var step = await InvokeOnceAsync(cancellationToken);
            if (step is { } exitCode)
            {
                return exitCode;
            }

            if (runOnce)
            {
                return 0;
            }
        }
    }

    /// <summary>One event; returns an exit code when the loop must end.</summary>
    internal async Task<int?> InvokeOnceAsync(CancellationToken cancellationToken)
    {
        InvocationRequest request;
        try
        {
            request = await _client.GetNextInvocationAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is RuntimeApiException or HttpRequestException)
        {
            await _output.WriteLineAsync($"Runtime API is unusable, exiting: {exception.Message}");
            return 1;
        }

        _options.Environment.Set(LambdaEnvironmentNames.TraceId, request.TraceId);
        var deadline = request.DeadlineMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : DateTimeOffset.UnixEpoch;
        var logger = new LambdaLogger(_output, _logSettings, _options.Time, request.RequestId, request.TraceId);
        var context = new LambdaContext(request.RequestId, deadline, request.InvokedFunctionArn, request.TraceId, _function, logger, _options.Time)
        {
            ClientContextJson = request.ClientContext,
            CognitoIdentityJson = request.CognitoIdentity,
            TenantId = request.TenantId ?? string.Empty,
        };
        var outcome = await _runner.RunAsync(_handler, request.Payload, context, request.DeadlineMs is not null, cancellationToken);
        try
        {
            if (outcome.Error is { } error)
            {
                logger.Log(LambdaLogLevel.Error, $"{error.ErrorType}: {error.ErrorMessage}");
                await _client.ReportInvocationErrorAsync(request.RequestId, error, cancellationToken);
            }
            else
            {
                await _client.SendResponseAsync(request.RequestId, outcome.Response, cancellationToken);
            }
        }
        catch (RuntimeApiException exception) when (!exception.IsFatal)
        {
            await _output.WriteLineAsync($"Runtime API rejected the result of {request.RequestId}: {exception.Message}");
        }
        catch (Exception exception) when (exception is RuntimeApiException or HttpRequestException)
        {
            await _output.WriteLineAsync($"Runtime API is unusable, exiting: {exception.Message}");
            return 1;
        }

        // A handler still running past its deadline leaves the environment dirty: Lambda resets it, so do we.
        return outcome.HandlerAbandoned ? 1 : null;
    }
}

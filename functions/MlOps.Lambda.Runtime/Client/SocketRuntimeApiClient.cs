using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Lambda.Runtime.Client;

/// <summary>
/// The default <see cref="IRuntimeApiClient"/>: the Runtime API over one keep-alive HTTP/1.1 socket, without HttpClient
/// (whose first request costs more than the rest of a JIT cold start). Same routes, headers and error semantics as
/// <see cref="RuntimeApiClient"/>; connection failures surface as <see cref="HttpRequestException"/>.
/// </summary>
public sealed class SocketRuntimeApiClient : IRuntimeApiClient, IDisposable
{
    private static readonly KeyValuePair<string, string>[] NoHeaders = [];
    private readonly HttpConnection _connection;
    private readonly string _prefix;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates the client for <paramref name="runtimeApi"/> (<c>host:port</c>, optionally followed by a path).</summary>
    /// <exception cref="ArgumentException">The value is not <c>host:port[/path]</c>.</exception>
    public SocketRuntimeApiClient(string runtimeApi)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runtimeApi);
        var slash = runtimeApi.IndexOf('/', StringComparison.Ordinal);
        var authority = slash < 0 ? runtimeApi : runtimeApi[..slash];
        var path = slash < 0 ? string.Empty : runtimeApi[slash..].TrimEnd('/');
        var colon = authority.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(authority[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is 0 or > 65535)
        {
            throw new ArgumentException($"AWS_LAMBDA_RUNTIME_API must be host:port[/path], got '{runtimeApi}'.", nameof(runtimeApi));
        }

        _connection = new HttpConnection(authority[..colon].Trim('[', ']'), port);
        _prefix = $"{path}/{RuntimeApiHeaders.ApiVersion}/runtime/";
    }

    /// <inheritdoc />
    public async Task<InvocationRequest> GetNextInvocationAsync(CancellationToken cancellationToken)
    {
        var response = await SendAsync("GET", "invocation/next", "GET invocation/next", NoHeaders, default, null, cancellationToken);
        var requestId = response.Header(RuntimeApiHeaders.RequestId)
            ?? throw new RuntimeApiException($"The next invocation has no {RuntimeApiHeaders.RequestId} header.");
        long? deadline = long.TryParse(response.Header(RuntimeApiHeaders.DeadlineMs), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? ms
            : null;
        return new InvocationRequest
        {
            RequestId = requestId,
            DeadlineMs = deadline,
            InvokedFunctionArn = response.Header(RuntimeApiHeaders.InvokedFunctionArn) ?? string.Empty,
            TraceId = response.Header(RuntimeApiHeaders.TraceId),
            ClientContext = response.Header(RuntimeApiHeaders.ClientContext),
            CognitoIdentity = response.Header(RuntimeApiHeaders.CognitoIdentity),
            TenantId = response.Header(RuntimeApiHeaders.TenantId),
            Payload = response.Body,
        };
    }

    /// <inheritdoc />
    public Task SendResponseAsync(string requestId, ReadOnlyMemory<byte> response, CancellationToken cancellationToken) =>
        SendAsync("POST", $"invocation/{Uri.EscapeDataString(requestId)}/response", "POST invocation/response", NoHeaders, response, "application/json", cancellationToken);

    /// <inheritdoc />
    public Task ReportInvocationErrorAsync(string requestId, ErrorResponse error, CancellationToken cancellationToken) =>
        PostErrorAsync($"invocation/{Uri.EscapeDataString(requestId)}/error", "POST invocation/error", error, cancellationToken);

    /// <inheritdoc />
    public Task ReportInitializationErrorAsync(ErrorResponse error, CancellationToken cancellationToken) =>
        PostErrorAsync("init/error", "POST init/error", error, cancellationToken);

    /// <inheritdoc />
    public Task RestoreNextInvocationAsync(CancellationToken cancellationToken) =>
        SendAsync("GET", "restore/next", "GET restore/next", NoHeaders, default, null, cancellationToken);

    /// <inheritdoc />
    public Task ReportRestoreErrorAsync(ErrorResponse error, CancellationToken cancellationToken) =>
        PostErrorAsync("restore/error", "POST restore/error", error, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }

    private Task<HttpResponse> PostErrorAsync(string path, string operation, ErrorResponse error, CancellationToken cancellationToken)
    {
        KeyValuePair<string, string>[] headers = [new(RuntimeApiHeaders.FunctionErrorType, error.ErrorType)];
        return SendAsync("POST", path, operation, headers, error.ToJsonBytes(), RuntimeApiHeaders.ErrorContentType, cancellationToken);
    }

    private async Task<HttpResponse> SendAsync(
        string method, string path, string operation, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body, string? contentType, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        HttpResponse response;
        try
        {
            response = await _connection.SendAsync(method, _prefix + path, headers, body, contentType, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or SocketException or EndOfStreamException)
        {
            throw new HttpRequestException($"Runtime API {operation} failed: {exception.Message}", exception);
        }
        finally
        {
            _gate.Release();
        }

        if (response.StatusCode is < 200 or > 299)
        {
            throw new RuntimeApiException(operation, (HttpStatusCode)response.StatusCode, Encoding.UTF8.GetString(response.Body));
        }

        return response;
    }
}

using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Lambda.Runtime.Client;

/// <summary>
/// <see cref="IRuntimeApiClient"/> over HttpClient. The base address is <c>http://{AWS_LAMBDA_RUNTIME_API}/2018-06-01/</c>;
/// a path after <c>host:port</c> is kept, which lets one local endpoint serve several functions.
/// </summary>
public sealed class RuntimeApiClient : IRuntimeApiClient, IDisposable
{
    private readonly HttpClient _http;

    /// <summary>Creates the client for <paramref name="runtimeApi"/> (<c>host:port</c>, optionally with a path).</summary>
    public RuntimeApiClient(string runtimeApi, HttpMessageHandler? handler = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runtimeApi);
        handler ??= new SocketsHttpHandler
        {
            // Header values (client context) are UTF-8 on Lambda (aws-lambda-dotnet #1231).
            ResponseHeaderEncodingSelector = (_, _) => Encoding.UTF8,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        };
        _http = new HttpClient(handler)
        {
            BaseAddress = new Uri($"http://{runtimeApi.TrimEnd('/')}/{RuntimeApiHeaders.ApiVersion}/"),

            // Never time out the long poll: the process may be frozen between invocations.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>The address requests go to.</summary>
    public Uri BaseAddress => _http.BaseAddress!;

    /// <inheritdoc />
    public async Task<InvocationRequest> GetNextInvocationAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync("runtime/invocation/next", HttpCompletionOption.ResponseContentRead, cancellationToken);
        await EnsureSuccessAsync(response, "GET invocation/next", cancellationToken);
        var headers = response.Headers;
        var requestId = Header(headers, RuntimeApiHeaders.RequestId)
            ?? throw new RuntimeApiException($"The next invocation has no {RuntimeApiHeaders.RequestId} header.");
        long? deadline = long.TryParse(Header(headers, RuntimeApiHeaders.DeadlineMs), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? ms
            : null;
        return new InvocationRequest
        {
            RequestId = requestId,
            DeadlineMs = deadline,
            InvokedFunctionArn = Header(headers, RuntimeApiHeaders.InvokedFunctionArn) ?? string.Empty,
            TraceId = Header(headers, RuntimeApiHeaders.TraceId),
            ClientContext = Header(headers, RuntimeApiHeaders.ClientContext),
            CognitoIdentity = Header(headers, RuntimeApiHeaders.CognitoIdentity),
            TenantId = Header(headers, RuntimeApiHeaders.TenantId),
            Payload = await response.Content.ReadAsByteArrayAsync(cancellationToken),
        };
    }

    /// <inheritdoc />
    public async Task SendResponseAsync(string requestId, ReadOnlyMemory<byte> response, CancellationToken cancellationToken)
    {
        using var content = new ReadOnlyMemoryContent(response);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var reply = await _http.PostAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/response", content, cancellationToken);
        await EnsureSuccessAsync(reply, "POST invocation/response", cancellationToken);
    }

    /// <inheritdoc />
    public Task ReportInvocationErrorAsync(string requestId, ErrorResponse error, CancellationToken cancellationToken) =>
        PostErrorAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/error", "POST invocation/error", error, cancellationToken);

    /// <inheritdoc />
    public Task ReportInitializationErrorAsync(ErrorResponse error, CancellationToken cancellationToken) =>
        PostErrorAsync("runtime/init/error", "POST init/error", error, cancellationToken);

    /// <inheritdoc />
    public async Task RestoreNextInvocationAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync("runtime/restore/next", cancellationToken);
        await EnsureSuccessAsync(response, "GET restore/next", cancellationToken);
    }

    /// <inheritdoc />
    public Task ReportRestoreErrorAsync(ErrorResponse error, CancellationToken cancellationToken) =>
        PostErrorAsync("runtime/restore/error", "POST restore/error", error, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task PostErrorAsync(string path, string operation, ErrorResponse error, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(error.ToJsonBytes());
        content.Headers.ContentType = new MediaTypeHeaderValue(RuntimeApiHeaders.ErrorContentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.TryAddWithoutValidation(RuntimeApiHeaders.FunctionErrorType, error.ErrorType);
        using var reply = await _http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(reply, operation, cancellationToken);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new RuntimeApiException(operation, response.StatusCode, body);
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}

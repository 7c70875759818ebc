using System.Net;
using System.Text;
using MlOps.Lambda.Runtime.Client;
using MlOps.Lambda.Runtime.Errors;
using MlOps.Lambda.Runtime.Tests.Fakes;

namespace MlOps.Lambda.Runtime.Tests.Client;

public sealed class SocketRuntimeApiClientTests
{
    private const string Accepted = "HTTP/1.1 202 Accepted\r\nContent-Length: 15\r\n\r\n{\"status\":\"OK\"}";

    [Fact]
    public async Task GetNextInvocationAsync_ReadsHeadersAndChunkedBodyUnderThePathPrefix()
    {
        const string next = "HTTP/1.1 200 OK\r\nlambda-runtime-aws-request-id: r-1\r\nLambda-Runtime-Deadline-Ms: 1700000000123\r\n" +
            "Lambda-Runtime-Invoked-Function-Arn: arn:f\r\nLambda-Runtime-Client-Context: {\"custom\":{\"k\":\"é\"}}\r\n" +
            "Transfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n";
        using var server = new ScriptedHttpServer((next, false));
        using var client = new SocketRuntimeApiClient($"127.0.0.1:{server.Port}/train");

        var invocation = await client.GetNextInvocationAsync(CancellationToken.None);

        Assert.StartsWith("GET /train/2018-06-01/runtime/invocation/next HTTP/1.1\r\n", server.Requests[0], StringComparison.Ordinal);
        Assert.Equal("r-1", invocation.RequestId);
        Assert.Equal(1700000000123, invocation.DeadlineMs);
        Assert.Equal("arn:f", invocation.InvokedFunctionArn);
        Assert.Equal("{\"custom\":{\"k\":\"é\"}}", invocation.ClientContext);
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(invocation.Payload.Span));
    }

    [Fact]
    public async Task ReportInvocationErrorAsync_SendsTypeHeaderContentTypeAndBodyOnTheSameConnection()
    {
        using var server = new ScriptedHttpServer((Accepted, false), (Accepted, false));
        using var client = new SocketRuntimeApiClient($"127.0.0.1:{server.Port}");

        await client.SendResponseAsync("r-1", Encoding.UTF8.GetBytes("[1]"), CancellationToken.None);
        await client.ReportInvocationErrorAsync("r-2", new ErrorResponse("MlOps.X", "m", []), CancellationToken.None);

        Assert.StartsWith("POST /2018-06-01/runtime/invocation/r-1/response HTTP/1.1\r\n", server.Requests[0], StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n[1]", server.Requests[0], StringComparison.Ordinal);
        var error = server.Requests[1];
        Assert.StartsWith("POST /2018-06-01/runtime/invocation/r-2/error HTTP/1.1\r\n", error, StringComparison.Ordinal);
        Assert.Contains("\r\nLambda-Runtime-Function-Error-Type: MlOps.X\r\n", error, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Type: application/vnd.aws.lambda.error+json\r\n", error, StringComparison.Ordinal);
        Assert.EndsWith("{\"errorType\":\"MlOps.X\",\"errorMessage\":\"m\"}", error, StringComparison.Ordinal);
        Assert.Equal(1, server.Connections);
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(403, false)]
    public async Task SendResponseAsync_WhenApiAnswersError_ThrowsWithFatalityByStatus(int status, bool fatal)
    {
        using var server = new ScriptedHttpServer(($"HTTP/1.1 {status} X\r\nContent-Length: 2\r\n\r\n{{}}", false));
        using var client = new SocketRuntimeApiClient($"127.0.0.1:{server.Port}");

        var error = await Assert.ThrowsAsync<RuntimeApiException>(() => client.SendResponseAsync("r", new byte[] { 1 }, CancellationToken.None));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(fatal, error.IsFatal);
    }

    [Fact]
    public async Task SendAsync_WhenServerClosedTheKeepAliveConnection_Reconnects()
    {
        using var server = new ScriptedHttpServer((Accepted, true), (Accepted, false));
        using var client = new SocketRuntimeApiClient($"127.0.0.1:{server.Port}");

        await client.SendResponseAsync("r-1", new byte[] { 1 }, CancellationToken.None);
        await client.SendResponseAsync("r-2", new byte[] { 2 }, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(2, server.Connections);
    }

    [Fact]
    public async Task GetNextInvocationAsync_WhenNothingListens_ThrowsHttpRequestException()
    {
        int port;
        using (var server = new ScriptedHttpServer())
        {
            port = server.Port;
        }

        using var client = new SocketRuntimeApiClient($"127.0.0.1:{port}");

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetNextInvocationAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:")]
    [InlineData("127.0.0.1:notaport")]
    [InlineData(":9001")]
    public void Constructor_WithMalformedEndpoint_NamesTheValue(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => new SocketRuntimeApiClient(value));
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }
}

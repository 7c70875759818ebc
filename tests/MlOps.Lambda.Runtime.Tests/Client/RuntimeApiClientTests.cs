using System.Net;
using System.Text;
using MlOps.Lambda.Runtime.Client;
using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Lambda.Runtime.Tests.Client;

public sealed class RuntimeApiClientTests
{
    private sealed class RecordingHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add((request, body));
            return respond(request);
        }
    }

    [Fact]
    public async Task GetNextInvocationAsync_ReadsEveryRuntimeHeaderAndTheBody()
    {
        var handler = new RecordingHandler(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"k\":1}") };
            response.Headers.Add("Lambda-Runtime-Aws-Request-Id", "8476a536-e9f4-11e8-9739-2dfe598c3fcd");
            response.Headers.Add("Lambda-Runtime-Deadline-Ms", "1542409706888");
            response.Headers.Add("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-2:123456789012:function:custom-runtime");
            response.Headers.Add("Lambda-Runtime-Trace-Id", "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1");
            return response;
        });
        using var client = new RuntimeApiClient("127.0.0.1:9001", handler);

        var next = await client.GetNextInvocationAsync(CancellationToken.None);

        Assert.Equal("http://127.0.0.1:9001/2018-06-01/runtime/invocation/next", handler.Requests[0].Request.RequestUri!.ToString());
        Assert.Equal("8476a536-e9f4-11e8-9739-2dfe598c3fcd", next.RequestId);
        Assert.Equal(1542409706888, next.DeadlineMs);
        Assert.Equal("arn:aws:lambda:us-east-2:123456789012:function:custom-runtime", next.InvokedFunctionArn);
        Assert.StartsWith("Root=1-5bef4de7", next.TraceId, StringComparison.Ordinal);
        Assert.Equal("{\"k\":1}", Encoding.UTF8.GetString(next.Payload.Span));
    }

    [Fact]
    public async Task ReportInvocationErrorAsync_SendsErrorTypeHeaderAndErrorBody()
    {
        var handler = new RecordingHandler(_ => new HttpResponseMessage(HttpStatusCode.Accepted));
        using var client = new RuntimeApiClient("127.0.0.1:9001/train", handler);

        await client.ReportInvocationErrorAsync("a/b", new ErrorResponse("MlOps.DataContractViolation", "col x", []), CancellationToken.None);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal("http://127.0.0.1:9001/train/2018-06-01/runtime/invocation/a%2Fb/error", request.RequestUri!.AbsoluteUri);
        Assert.Equal("MlOps.DataContractViolation", request.Headers.GetValues("Lambda-Runtime-Function-Error-Type").Single());
        Assert.Equal("application/vnd.aws.lambda.error+json", request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("{\"errorType\":\"MlOps.DataContractViolation\",\"errorMessage\":\"col x\"}", body);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, false)]
    public async Task SendResponseAsync_WhenApiFails_ThrowsWithFatalityByStatus(HttpStatusCode status, bool fatal)
    {
        var handler = new RecordingHandler(_ => new HttpResponseMessage(status) { Content = new StringContent("{\"errorType\":\"x\"}") });
        using var client = new RuntimeApiClient("127.0.0.1:9001", handler);

        var error = await Assert.ThrowsAsync<RuntimeApiException>(() => client.SendResponseAsync("r", new byte[] { 1 }, CancellationToken.None));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(fatal, error.IsFatal);
    }

    [Fact]
    public async Task InitAndRestoreRoutes_UseTheRuntimeApiPaths()
    {
        var handler = new RecordingHandler(_ => new HttpResponseMessage(HttpStatusCode.Accepted));
        using var client = new RuntimeApiClient("127.0.0.1:9001", handler);
        var error = new ErrorResponse("Runtime.NoSuchHandler", "m", []);

        await client.ReportInitializationErrorAsync(error, CancellationToken.None);
        await client.RestoreNextInvocationAsync(CancellationToken.None);
        await client.ReportRestoreErrorAsync(error, CancellationToken.None);

        Assert.Equal(
            ["POST /2018-06-01/runtime/init/error", "GET /2018-06-01/runtime/restore/next", "POST /2018-06-01/runtime/restore/error"],
            handler.Requests.Select(r => $"{r.Request.Method} {r.Request.RequestUri!.AbsolutePath}"));
    }
}

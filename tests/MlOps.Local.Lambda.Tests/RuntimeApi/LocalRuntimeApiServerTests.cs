using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MlOps.Local.Lambda.InProcess;
using MlOps.Local.Lambda.Invocation;
using MlOps.Local.Lambda.RuntimeApi;
using MlOps.Local.Lambda.Tests.Contract;

namespace MlOps.Local.Lambda.Tests.RuntimeApi;

#pragma warning disable CA1001 // Disposed by xunit through IAsyncLifetime.DisposeAsync.
public sealed class LocalRuntimeApiServerTests : IAsyncLifetime
{
    private static readonly LocalFunction Function = new() { Name = "fn", Handler = "h" };
    private LocalRuntimeApiServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalRuntimeApiServer.StartAsync();
        _http = new HttpClient { BaseAddress = _server.BaseUri };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<string> NextRequestIdAsync()
    {
        using var next = await _http.GetAsync("fn/2018-06-01/runtime/invocation/next");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        return next.Headers.GetValues("Lambda-Runtime-Aws-Request-Id").Single();
    }

    [Fact]
    public void Server_BindsToLoopbackOnly()
    {
        Assert.Equal("127.0.0.1", _server.BaseUri.Host);
        Assert.Equal($"127.0.0.1:{_server.BaseUri.Port}/fn", _server.RuntimeApiFor("fn"));
    }

    [Fact]
    public async Task Next_ServesTheQueuedEventWithRuntimeHeaders()
    {
        var invocation = _server.Enqueue(Function, Encoding.UTF8.GetBytes("{\"x\":1}"));

        using var next = await _http.GetAsync("fn/2018-06-01/runtime/invocation/next");

        Assert.Equal(invocation.RequestId, next.Headers.GetValues("Lambda-Runtime-Aws-Request-Id").Single());
        Assert.True(long.Parse(next.Headers.GetValues("Lambda-Runtime-Deadline-Ms").Single()) > DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.Equal(Function.Arn, next.Headers.GetValues("Lambda-Runtime-Invoked-Function-Arn").Single());
        Assert.StartsWith("Root=1-", next.Headers.GetValues("Lambda-Runtime-Trace-Id").Single(), StringComparison.Ordinal);
        Assert.Equal("{\"x\":1}", await next.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Response_OverTheLimit_Returns413AndFailsTheInvocation()
    {
        var invocation = _server.Enqueue(Function, Encoding.UTF8.GetBytes("{}"));
        var id = await NextRequestIdAsync();

        using var reply = await _http.PostAsync($"fn/2018-06-01/runtime/invocation/{id}/response", new ByteArrayContent(new byte[6_291_557]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.StatusCode);
        Assert.Equal("Function.ResponseSizeTooLarge", (await invocation.Reply).Error!.ErrorType);
    }

    [Fact]
    public async Task Response_CompletesTheInvocationWith202()
    {
        var invocation = _server.Enqueue(Function, Encoding.UTF8.GetBytes("{}"));
        var id = await NextRequestIdAsync();

        using var reply = await _http.PostAsync($"fn/2018-06-01/runtime/invocation/{id}/response", new StringContent("42"));

        Assert.Equal(HttpStatusCode.Accepted, reply.StatusCode);
        Assert.Equal("42", Encoding.UTF8.GetString((await invocation.Reply).Body));
    }

    [Fact]
    public async Task Error_WithEmptyBody_IsBuiltFromTheErrorTypeHeader()
    {
        var invocation = _server.Enqueue(Function, Encoding.UTF8.GetBytes("{}"));
        var id = await NextRequestIdAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"fn/2018-06-01/runtime/invocation/{id}/error") { Content = new ByteArrayContent([]) };
        request.Headers.Add("Lambda-Runtime-Function-Error-Type", "Runtime.Custom");

        using var reply = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, reply.StatusCode);
        Assert.Equal("Runtime.Custom", (await invocation.Reply).Error!.ErrorType);
    }

    [Fact]
    public async Task Response_ForUnknownRequestId_Returns400()
    {
        using var reply = await _http.PostAsync("fn/2018-06-01/runtime/invocation/nope/response", new StringContent("1"));

        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
    }

    [Fact]
    public async Task InvokeApi_ReturnsFunctionErrorHeaderAndLogTail()
    {
        _server.Invoker = new InProcessLambdaInvoker(TestFunctions.Registry, TestFunctions.All);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"2015-03-31/functions/{TestFunctions.Throw}/invocations")
        {
            Content = new StringContent("{\"errorName\":\"MlOps.X\"}"),
        };
        request.Headers.Add("X-Amz-Log-Type", "Tail");

        using var reply = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal("Unhandled", reply.Headers.GetValues("X-Amz-Function-Error").Single());
        Assert.Equal("MlOps.X", JsonDocument.Parse(await reply.Content.ReadAsStringAsync()).RootElement.GetProperty("errorType").GetString());
        var log = Encoding.UTF8.GetString(Convert.FromBase64String(reply.Headers.GetValues("X-Amz-Log-Result").Single()));
        Assert.Contains("START RequestId:", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeApi_OverSixMegabytes_Returns413()
    {
        _server.Invoker = new InProcessLambdaInvoker(TestFunctions.Registry, TestFunctions.All);
        using var content = new ByteArrayContent(new byte[LambdaRequestTooLargeException.MaxRequestBytes + 1]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var reply = await _http.PostAsync($"2015-03-31/functions/{TestFunctions.Echo}/invocations", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.StatusCode);
    }

    [Fact]
    public async Task InvokeApi_ForUnknownFunction_Returns404()
    {
        _server.Invoker = new InProcessLambdaInvoker(TestFunctions.Registry, TestFunctions.All);

        using var reply = await _http.PostAsync("2015-03-31/functions/ghost/invocations", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
    }
}
#pragma warning restore CA1001

using System.Text;
using System.Text.Json;
using MlOps.Local.Lambda.Invocation;

namespace MlOps.Local.Lambda.Tests.Contract;

/// <summary>The behaviour every <see cref="ILambdaInvoker"/> shares; each transport runs it through a subclass.</summary>
public abstract class LambdaInvokerContract : IAsyncLifetime
{
    private ILambdaInvoker? _invoker;

    protected ILambdaInvoker Invoker => _invoker ?? throw new InvalidOperationException("Not initialised.");

    protected abstract Task<ILambdaInvoker> CreateAsync(IReadOnlyList<LocalFunction> functions);

    protected abstract ValueTask DisposeInvokerAsync();

    public async Task InitializeAsync() => _invoker = await CreateAsync(TestFunctions.All);

    public async Task DisposeAsync() => await DisposeInvokerAsync();

    private Task<LambdaInvokeResult> InvokeAsync(string function, string json) =>
        Invoker.InvokeAsync(function, Encoding.UTF8.GetBytes(json), CancellationToken.None);

    private static JsonElement ErrorBody(LambdaInvokeResult result) => JsonDocument.Parse(result.Payload).RootElement;

    [Fact]
    public async Task InvokeAsync_WhenHandlerSucceeds_ReturnsItsPayloadWithoutFunctionError()
    {
        var result = await InvokeAsync(TestFunctions.Echo, "{\"rows\":3,\"name\":\"données\"}");

        Assert.Equal("{\"rows\":3,\"name\":\"données\"}", Encoding.UTF8.GetString(result.Payload));
        Assert.Null(result.FunctionError);
        Assert.Null(result.ErrorType);
        Assert.False(string.IsNullOrEmpty(result.RequestId));
        Assert.Contains($"START RequestId: {result.RequestId}", result.LogTail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenHandlerThrowsUntypedError_ReturnsUnhandledWithShortTypeName()
    {
        var result = await InvokeAsync(TestFunctions.Throw, "{\"message\":\"boom\"}");

        Assert.Equal("Unhandled", result.FunctionError);
        Assert.Equal("InvalidOperationException", result.ErrorType);
        var body = ErrorBody(result);
        Assert.Equal("InvalidOperationException", body.GetProperty("errorType").GetString());
        Assert.Equal("boom", body.GetProperty("errorMessage").GetString());
        Assert.True(body.GetProperty("stackTrace").GetArrayLength() > 0);
    }

    [Fact]
    public async Task InvokeAsync_WhenHandlerThrowsNamedError_ReturnsTheErrorName()
    {
        var result = await InvokeAsync(TestFunctions.Throw, "{\"errorName\":\"MlOps.DataContractViolation\",\"message\":\"column age missing\"}");

        Assert.Equal("Unhandled", result.FunctionError);
        Assert.Equal("MlOps.DataContractViolation", result.ErrorType);
        Assert.Equal("column age missing", ErrorBody(result).GetProperty("errorMessage").GetString());
    }

    [Fact]
    public async Task InvokeAsync_WhenHandlerIsNotRegistered_ReturnsNoSuchHandlerInitError()
    {
        var result = await InvokeAsync(TestFunctions.Missing, "{}");

        Assert.Equal("Unhandled", result.FunctionError);
        Assert.Equal("Runtime.NoSuchHandler", result.ErrorType);
        Assert.Contains("MlOps.Functions::Nope::Handle", ErrorBody(result).GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WhenPayloadExceedsSixMegabytes_ThrowsRequestTooLarge()
    {
        var payload = new byte[LambdaRequestTooLargeException.MaxRequestBytes + 1];

        var error = await Assert.ThrowsAsync<LambdaRequestTooLargeException>(() => Invoker.InvokeAsync(TestFunctions.Echo, payload, CancellationToken.None));

        Assert.Equal("Lambda.RequestTooLargeException", error.ErrorName);
    }

    [Fact]
    public async Task InvokeAsync_WhenFunctionIsUnknown_ThrowsNotFoundNamingIt()
    {
        var error = await Assert.ThrowsAsync<LambdaFunctionNotFoundException>(() => InvokeAsync("nope", "{}"));

        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_Repeatedly_AnswersEachWithItsOwnRequestId()
    {
        var results = new List<LambdaInvokeResult>();
        for (var i = 0; i < 3; i++)
        {
            results.Add(await InvokeAsync(TestFunctions.Echo, $"[{i}]"));
        }

        Assert.Equal(["[0]", "[1]", "[2]"], results.Select(r => Encoding.UTF8.GetString(r.Payload)));
        Assert.Equal(3, results.Select(r => r.RequestId).Distinct().Count());
    }

    [Fact]
    public async Task InvokeAsync_AfterAFailure_TheFunctionStillServes()
    {
        await InvokeAsync(TestFunctions.Throw, "{}");
        await InvokeAsync(TestFunctions.Missing, "{}");

        var result = await InvokeAsync(TestFunctions.Echo, "true");

        Assert.Equal("true", Encoding.UTF8.GetString(result.Payload));
    }
}

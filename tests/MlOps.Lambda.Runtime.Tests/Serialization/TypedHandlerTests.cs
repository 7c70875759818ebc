using System.Text;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Time.Testing;
using MlOps.Lambda.Runtime.Context;
using MlOps.Lambda.Runtime.Errors;
using MlOps.Lambda.Runtime.Serialization;

namespace MlOps.Lambda.Runtime.Tests.Serialization;

public sealed record ScoreRequest(string ModelName, double[] Features);

public sealed record ScoreResponse(string ModelName, double Score, string? Note, string XAmzRequestId);

[JsonSerializable(typeof(ScoreRequest))]
[JsonSerializable(typeof(ScoreResponse))]
internal sealed partial class ScoreJsonContext : JsonSerializerContext;

public sealed class TypedHandlerTests
{
    private static readonly ScoreJsonContext Json = new(LambdaJsonDefaults.CreateOptions());

    private static ILambdaContext Context()
    {
        var time = new FakeTimeProvider();
        return new LambdaContext("r", time.GetUtcNow().AddSeconds(3), "arn", null, new LambdaFunctionInfo("f", "$LATEST", 128, "", ""),
            new LambdaLogger(new StringWriter(), new(LambdaLogFormat.Text, LambdaLogLevel.Information), time, "r"), time);
    }

    [Fact]
    public async Task Create_ReadsCaseInsensitivelyAndWritesWithLambdaDefaults()
    {
        var handler = TypedHandler.Create<ScoreRequest, ScoreResponse>(
            (request, _, _) => Task.FromResult(new ScoreResponse(request.ModelName, request.Features.Sum(), null, "id-<1>")),
            Json.ScoreRequest,
            Json.ScoreResponse);

        var bytes = await handler(Encoding.UTF8.GetBytes("{\"modelName\":\"churn\",\"features\":[1.5,2]}"), Context(), CancellationToken.None);

        Assert.Equal("{\"ModelName\":\"churn\",\"Score\":3.5,\"x-amz-request-id\":\"id-<1>\"}", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task Create_WhenEventIsNotValidJson_ThrowsJsonSerializerException()
    {
        var handler = TypedHandler.Create<ScoreRequest, ScoreResponse>(
            (request, _, _) => Task.FromResult(new ScoreResponse(request.ModelName, 0, null, "")), Json.ScoreRequest, Json.ScoreResponse);

        var error = await Assert.ThrowsAsync<LambdaSerializationException>(
            () => handler(Encoding.UTF8.GetBytes("{\"features\":\"oops\"}"), Context(), CancellationToken.None));

        Assert.Equal("JsonSerializerException", ExceptionConverter.ErrorTypeOf(error));
        Assert.StartsWith("Error converting the Lambda event JSON payload to type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CamelCaseOptions_KeepTheAwsHeaderNames()
    {
        var policy = LambdaJsonDefaults.CreateCamelCaseOptions().PropertyNamingPolicy!;

        Assert.Equal("modelName", policy.ConvertName("ModelName"));
        Assert.Equal("x-amz-id-2", policy.ConvertName("XAmzId2"));
    }
}

using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Integrations;

/// <summary>
/// Test double: an identity function (<c>return event</c>). For <c>arn:aws:states:::lambda:invoke</c> it returns
/// AWS's exact invoke envelope with <c>Payload</c> = the <c>Payload</c> parameter; for a function ARN, the raw input.
/// </summary>
public sealed class IdentityLambdaHandler : IResourceHandler
{
    /// <summary>Registers this handler for function ARNs and the optimized lambda:invoke integration.</summary>
    public static ResourceHandlerRegistry RegisterOn(ResourceHandlerRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var handler = new IdentityLambdaHandler();
        registry.Register("arn:aws:lambda:", handler, IntegrationPattern.RequestResponse);
        registry.Register("arn:aws:states:::lambda:invoke", handler, IntegrationPattern.RequestResponse | IntegrationPattern.WaitForTaskToken);
        return registry;
    }

    /// <inheritdoc/>
    public ValueTask<TaskOutcome> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Resource.StartsWith("arn:aws:states:::lambda:invoke", StringComparison.Ordinal))
        {
            return ValueTask.FromResult(TaskOutcome.Succeeded(request.Parameters?.DeepClone()));
        }

        if (request.Pattern == IntegrationPattern.WaitForTaskToken)
        {
            return ValueTask.FromResult(TaskOutcome.Pending);
        }

        var payload = request.Parameters is JsonObject p && p.TryGetPropertyValue("Payload", out var value) ? value?.DeepClone() : null;
        var requestId = Guid.NewGuid().ToString();
        var headers = new JsonObject
        {
            ["Connection"] = "keep-alive",
            ["Content-Length"] = "0",
            ["Content-Type"] = "application/json",
            ["Date"] = DateTimeOffset.UtcNow.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            ["X-Amz-Executed-Version"] = "$LATEST",
            ["x-amzn-Remapped-Content-Length"] = "0",
            ["x-amzn-RequestId"] = requestId,
        };
        var all = new JsonObject();
        foreach (var (k, v) in headers)
        {
            all[k] = new JsonArray(v?.DeepClone());
        }

        return ValueTask.FromResult(TaskOutcome.Succeeded(new JsonObject
        {
            ["ExecutedVersion"] = "$LATEST",
            ["Payload"] = payload,
            ["SdkHttpMetadata"] = new JsonObject { ["AllHttpHeaders"] = all, ["HttpHeaders"] = headers, ["HttpStatusCode"] = 200 },
            ["SdkResponseMetadata"] = new JsonObject { ["RequestId"] = requestId },
            ["StatusCode"] = 200,
        }));
    }
}

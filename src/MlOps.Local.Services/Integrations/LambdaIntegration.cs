using System.Text.Json.Nodes;
using MlOps.Local.Lambda.Invocation;
using MlOps.Local.Template.Model;
using MlOps.StepFunctions.Integrations;

namespace MlOps.Local.Services.Integrations;

/// <summary>
/// <c>arn:aws:states:::lambda:invoke</c> (with AWS's Payload envelope, and <c>.waitForTaskToken</c>) and direct
/// function ARNs as <c>Resource</c> (raw result). A function error becomes the task's error: the error name is the
/// function's <c>errorType</c>, the cause its error payload, as Step Functions reports them.
/// </summary>
public sealed class LambdaIntegration(LoadedTemplate template, ILambdaInvoker invoker, TimeProvider clock) : IResourceHandler
{
    /// <summary>Registers the integration for both resource shapes.</summary>
    public void RegisterOn(ResourceHandlerRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Register("arn:aws:states:::lambda:invoke", this, IntegrationPattern.RequestResponse | IntegrationPattern.WaitForTaskToken);
        registry.Register("arn:aws:lambda:", this, IntegrationPattern.RequestResponse);
    }

    /// <inheritdoc />
    public async ValueTask<TaskOutcome> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var optimized = request.Resource.StartsWith("arn:aws:states:::lambda:invoke", StringComparison.Ordinal);
        var target = optimized ? request.Parameters?["FunctionName"]?.ToString() : request.Resource;
        var function = target is null ? null : template.FindFunction(target);
        if (function is null)
        {
            return TaskOutcome.Failed("Lambda.ResourceNotFoundException", $"Function not found: {target}");
        }

        var payload = optimized ? request.Parameters?["Payload"] : request.Parameters;
        var bytes = System.Text.Encoding.UTF8.GetBytes(payload?.ToJsonString() ?? "{}");
        var asyncInvoke = optimized && request.Parameters?["InvocationType"]?.ToString() == "Event";
        LambdaInvokeResult result;
        try
        {
            result = await invoker.InvokeAsync(function.FunctionName, bytes, cancellationToken);
        }
        catch (LambdaRequestTooLargeException ex)
        {
            return TaskOutcome.Failed("Lambda.RequestTooLargeException", ex.Message);
        }

        if (result.FunctionError is not null)
        {
            var error = LambdaEnvelope.Parse(result.Payload) as JsonObject ?? [];
            var errorType = result.ErrorType ?? error["errorType"]?.ToString() ?? "Lambda.Unknown";
            if (!optimized)
            {
                error["requestId"] = result.RequestId;
            }

            return TaskOutcome.Failed(errorType, error.ToJsonString());
        }

        if (request.Pattern == IntegrationPattern.WaitForTaskToken)
        {
            return TaskOutcome.Pending;
        }

        var output = LambdaEnvelope.Parse(result.Payload);
        return TaskOutcome.Succeeded(optimized
            ? LambdaEnvelope.Success(asyncInvoke ? JsonValue.Create(string.Empty) : output, result.RequestId, clock.GetUtcNow(), asyncInvoke ? 202 : 200)
            : output);
    }
}

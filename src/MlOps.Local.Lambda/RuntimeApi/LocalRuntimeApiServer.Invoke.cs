using Microsoft.AspNetCore.Http;
using MlOps.Lambda.Runtime.Errors;
using MlOps.Local.Lambda.Invocation;

namespace MlOps.Local.Lambda.RuntimeApi;

/// <summary>The Invoke API route (<c>RequestResponse</c> only), with Lambda's status codes and headers.</summary>
public sealed partial class LocalRuntimeApiServer
{
    private async Task InvokeAsync(HttpContext ctx)
    {
        if (Invoker is not { } invoker)
        {
            await WriteErrorAsync(ctx, StatusCodes.Status503ServiceUnavailable, "ServiceException", "No invoker is attached to this endpoint.");
            return;
        }

        var payload = await ReadBodyAsync(ctx.Request, LambdaRequestTooLargeException.MaxRequestBytes);
        if (payload is null)
        {
            ctx.Response.Headers["X-Amzn-ErrorType"] = "RequestTooLargeException";
            await WriteErrorAsync(ctx, StatusCodes.Status413PayloadTooLarge, "RequestTooLargeException", new LambdaRequestTooLargeException(ctx.Request.ContentLength ?? -1).Message);
            return;
        }

        LambdaInvokeResult result;
        try
        {
            result = await invoker.InvokeAsync(Function(ctx), payload, ctx.RequestAborted);
        }
        catch (LambdaFunctionNotFoundException exception)
        {
            ctx.Response.Headers["X-Amzn-ErrorType"] = "ResourceNotFoundException";
            await WriteErrorAsync(ctx, StatusCodes.Status404NotFound, "ResourceNotFoundException", exception.Message);
            return;
        }

        ctx.Response.StatusCode = StatusCodes.Status200OK;
        ctx.Response.ContentType = "application/json";
        ctx.Response.Headers["X-Amz-Executed-Version"] = "$LATEST";
        ctx.Response.Headers["X-Amzn-RequestId"] = result.RequestId;
        if (result.FunctionError is { } functionError)
        {
            ctx.Response.Headers["X-Amz-Function-Error"] = functionError;
        }

        if (string.Equals(ctx.Request.Headers["X-Amz-Log-Type"], "Tail", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Response.Headers["X-Amz-Log-Result"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(result.LogTail));
        }

        await ctx.Response.Body.WriteAsync(result.Payload, ctx.RequestAborted);
    }

    /// <summary>Fails an event that will never be answered (its runtime died or timed out).</summary>
    internal static void Abandon(PendingInvocation invocation, ErrorResponse error)
    {
        invocation.Withdraw();
        invocation.Fail(error);
    }
}

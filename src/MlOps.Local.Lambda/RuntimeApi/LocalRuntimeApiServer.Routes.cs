using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MlOps.Lambda.Runtime.Bootstrap;
using MlOps.Lambda.Runtime.Client;
using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Local.Lambda.RuntimeApi;

/// <summary>The Runtime API routes (AWS's paths under a per-function prefix).</summary>
public sealed partial class LocalRuntimeApiServer
{
    private const string Prefix = "/{function}/" + RuntimeApiHeaders.ApiVersion + "/runtime";
    private const int MaxErrorBodyBytes = 1024 * 1024;

    private static void MapRoutes(WebApplication app, Func<LocalRuntimeApiServer> server)
    {
        app.MapGet(Prefix + "/invocation/next", (RequestDelegate)(ctx => server().NextAsync(ctx)));
        app.MapPost(Prefix + "/invocation/{requestId}/response", (RequestDelegate)(ctx => server().ResponseAsync(ctx)));
        app.MapPost(Prefix + "/invocation/{requestId}/error", (RequestDelegate)(ctx => server().ErrorAsync(ctx)));
        app.MapPost(Prefix + "/init/error", (RequestDelegate)(ctx => server().InitErrorAsync(ctx)));
        app.MapGet(Prefix + "/restore/next", (RequestDelegate)(ctx => Status(ctx, StatusCodes.Status200OK, "OK")));
        app.MapPost(Prefix + "/restore/error", (RequestDelegate)(ctx => server().InitErrorAsync(ctx)));
        app.MapPost("/2015-03-31/functions/{function}/invocations", (RequestDelegate)(ctx => server().InvokeAsync(ctx)));
    }

    private async Task NextAsync(HttpContext ctx)
    {
        var invocation = await Queue(Function(ctx)).NextAsync(ctx.RequestAborted);
        var headers = ctx.Response.Headers;
        headers[RuntimeApiHeaders.RequestId] = invocation.RequestId;
        headers[RuntimeApiHeaders.DeadlineMs] = invocation.DeadlineMs.ToString(CultureInfo.InvariantCulture);
        headers[RuntimeApiHeaders.InvokedFunctionArn] = invocation.Arn;
        headers[RuntimeApiHeaders.TraceId] = invocation.TraceId;
        ctx.Response.ContentType = "application/json";
        ctx.Response.ContentLength = invocation.Payload.Length;
        await ctx.Response.Body.WriteAsync(invocation.Payload, ctx.RequestAborted);
    }

    private async Task ResponseAsync(HttpContext ctx)
    {
        if (!TryFind(ctx, out var invocation))
        {
            await UnknownRequestAsync(ctx);
            return;
        }

        var body = await ReadBodyAsync(ctx.Request, InvocationRunner.MaxResponseBytes);
        if (body is null)
        {
            var error = InvocationRunner.TooLarge();
            invocation.Fail(error);
            await WriteErrorAsync(ctx, StatusCodes.Status413PayloadTooLarge, "RequestEntityTooLarge", error.ErrorMessage!);
            return;
        }

        invocation.Complete(body);
        await Status(ctx, StatusCodes.Status202Accepted, "OK");
    }

    private async Task ErrorAsync(HttpContext ctx)
    {
        if (!TryFind(ctx, out var invocation))
        {
            await UnknownRequestAsync(ctx);
            return;
        }

        invocation.Fail(await ReadErrorAsync(ctx));
        await Status(ctx, StatusCodes.Status202Accepted, "OK");
    }

    private async Task InitErrorAsync(HttpContext ctx)
    {
        Queue(Function(ctx)).FailAll(await ReadErrorAsync(ctx));
        await Status(ctx, StatusCodes.Status202Accepted, "OK");
    }

    private bool TryFind(HttpContext ctx, out PendingInvocation invocation) =>
        Queue(Function(ctx)).TryGet((string)ctx.Request.RouteValues["requestId"]!, out invocation);

    private static string Function(HttpContext ctx) => (string)ctx.Request.RouteValues["function"]!;

    /// <summary>The posted error body; an empty or foreign body is rebuilt from the error type header, as Lambda does.</summary>
    private static async Task<ErrorResponse> ReadErrorAsync(HttpContext ctx)
    {
        var header = ctx.Request.Headers[RuntimeApiHeaders.FunctionErrorType].ToString();
        var body = await ReadBodyAsync(ctx.Request, MaxErrorBodyBytes) ?? [];
        return ErrorResponse.TryParse(body)
            ?? new ErrorResponse(string.IsNullOrEmpty(header) ? "Unhandled" : header, body.Length > 0 ? Encoding.UTF8.GetString(body) : null, []);
    }

    private static Task UnknownRequestAsync(HttpContext ctx) =>
        WriteErrorAsync(ctx, StatusCodes.Status400BadRequest, "InvalidRequestID", "Invalid request ID");

    /// <summary>Reads the body; null when it is longer than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Task Status(HttpContext ctx, int code, string status)
    {
        ctx.Response.StatusCode = code;
        ctx.Response.ContentType = "application/json";
        return ctx.Response.WriteAsync($"{{\"status\":\"{status}\"}}");
    }

    private static Task WriteErrorAsync(HttpContext ctx, int code, string errorType, string message)
    {
        ctx.Response.StatusCode = code;
        ctx.Response.ContentType = "application/json";
        return ctx.Response.Body.WriteAsync(new ErrorResponse(errorType, message, []).ToJsonBytes()).AsTask();
    }
}

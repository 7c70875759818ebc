using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MlOps.Local.Services.Hosting;

namespace MlOps.Local.Services.Api;

/// <summary>Serves <see cref="StepFunctionsApi"/> over HTTP on 127.0.0.1 (what <c>aws stepfunctions --endpoint-url</c> talks to).</summary>
public sealed class StepFunctionsApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StepFunctionsApiServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>The endpoint URL.</summary>
    public Uri Endpoint { get; }

    /// <summary>Starts the server for <paramref name="cloud"/> on 127.0.0.1 (port 0: one the OS picks).</summary>
    public static async Task<StepFunctionsApiServer> StartAsync(LocalCloud cloud, int port = 0, CancellationToken cancellationToken = default)
    {
        var api = new StepFunctionsApi(cloud);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapPost("/", context => HandleAsync(api, context));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StepFunctionsApiServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task HandleAsync(StepFunctionsApi api, HttpContext context)
    {
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        JsonObject response;
        try
        {
            var request = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject ?? [];
            response = await api.HandleAsync(target, request, context.RequestAborted);
        }
        catch (JsonException ex)
        {
            await WriteAsync(context, 400, Error("SerializationException", "The request body is not a JSON object: " + ex.Message));
            return;
        }
        catch (StepFunctionsApiException ex)
        {
            await WriteAsync(context, 400, Error(ex.Code, ex.Message));
            return;
        }

        await WriteAsync(context, 200, response);
    }

    private static JsonObject Error(string code, string message) => new() { ["__type"] = code, ["message"] = message };

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/x-amz-json-1.0";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MlOps.Lambda.Runtime.Hosting;
using MlOps.Local.Services.Api;
using MlOps.Local.Services.Hosting;

namespace MlOps.Local.Services.Tests.Api;

/// <summary>A local cloud with two machines (a plain one, an approval one) behind the Step Functions API server.</summary>
internal sealed class ApiCloud : IAsyncDisposable
{
    private const string Template = """
        Resources:
          Topic:
            Type: AWS::SNS::Topic
            Properties:
              TopicName: approvals
          Simple:
            Type: AWS::Serverless::StateMachine
            Properties:
              Name: simple
              Definition:
                StartAt: Wait
                States:
                  Wait: {Type: Wait, Seconds: 5, Next: Done}
                  Done: {Type: Pass, Parameters: {"doubled.$": "States.MathAdd($.n, $.n)"}, End: true}
          Approve:
            Type: AWS::Serverless::StateMachine
            Properties:
              Name: approve
              DefinitionUri: approve.asl.json
              DefinitionSubstitutions:
                TopicArn: !Ref Topic
        """;

    private readonly TempHome _dir;
    private readonly HttpClient _http = new();

    private ApiCloud(TempHome dir, LocalCloud cloud, StepFunctionsApiServer server)
    {
        _dir = dir;
        Cloud = cloud;
        Server = server;
    }

    public LocalCloud Cloud { get; }

    public StepFunctionsApiServer Server { get; }

    public static async Task<ApiCloud> StartAsync()
    {
        var dir = new TempHome();
        File.WriteAllText(Path.Combine(dir.Path, "template.yaml"), Template);
        File.WriteAllText(Path.Combine(dir.Path, "approve.asl.json"), TestTemplates.ApproveDefinition);
        var cloud = await LocalCloud.StartAsync(new LocalCloudOptions
        {
            TemplatePath = Path.Combine(dir.Path, "template.yaml"),
            Home = Path.Combine(dir.Path, ".mlops"),
            Registry = _ => new HandlerRegistry(),
        });
        return new ApiCloud(dir, cloud, await StepFunctionsApiServer.StartAsync(cloud));
    }

    public string Arn(string logicalId) => Cloud.Template.FindStateMachine(logicalId)!.Arn;

    /// <summary>One API call as the SDKs make it; returns the status code and the JSON body.</summary>
    public async Task<(int Status, JsonObject Body)> CallAsync(string operation, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        using var request = new HttpRequestMessage(HttpMethod.Post, Server.Endpoint) { Content = content };
        request.Headers.Add("X-Amz-Target", StepFunctionsApi.TargetPrefix + operation);
        using var response = await _http.SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    public Task<(int Status, JsonObject Body)> CallAsync(string operation, JsonObject body) => CallAsync(operation, body.ToJsonString());

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
        await Cloud.DisposeAsync();
        _dir.Dispose();
    }
}

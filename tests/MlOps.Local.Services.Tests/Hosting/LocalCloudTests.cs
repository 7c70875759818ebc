using System.Text;
using System.Text.Json.Nodes;
using MlOps.Lambda.Runtime.Hosting;
using MlOps.Local.Services.Hosting;

namespace MlOps.Local.Services.Tests.Hosting;

public sealed class LocalCloudTests : IDisposable
{
    private const string Template = """
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: data
              NotificationConfiguration:
                EventBridgeConfiguration:
                  EventBridgeEnabled: true
          Echo:
            Type: AWS::Serverless::Function
            Properties:
              Handler: T::Echo::Handle
              Environment:
                Variables:
                  GREETING: hi
          Db:
            Type: AWS::Glue::Database
            Properties:
              DatabaseInput:
                Name: curated
          Tbl:
            Type: AWS::Glue::Table
            Properties:
              DatabaseName: !Ref Db
              TableInput:
                Name: datasets
          Child:
            Type: AWS::Serverless::StateMachine
            Properties:
              Name: child
              Definition:
                StartAt: Done
                States:
                  Done: {Type: Pass, Result: {child: true}, End: true}
          Pipeline:
            Type: AWS::Serverless::StateMachine
            Properties:
              Name: pipeline
              DefinitionUri: pipeline.asl.json
              DefinitionSubstitutions:
                EchoArn: !GetAtt Echo.Arn
                Bucket: !Ref Data
                ChildArn: !Ref Child
              Events:
                Raw:
                  Type: EventBridgeRule
                  Properties:
                    Pattern:
                      source: [aws.s3]
                      detail:
                        object:
                          key: [{prefix: raw/}]
        """;

    private const string Definition = """
        {"StartAt":"Echo","States":{
          "Echo":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"${EchoArn}","Payload.$":"$.detail.object"},"ResultSelector":{"echo.$":"$.Payload"},"Next":"Fail?"},
          "Fail?":{"Type":"Choice","Choices":[{"Variable":"$.echo.key","StringEquals":"raw/bad.csv","Next":"Boom"}],"Default":"Catalog"},
          "Boom":{"Type":"Task","Resource":"${EchoArn}","Parameters":{"fail":true},"End":true},
          "Catalog":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:glue:batchCreatePartition","Parameters":{"DatabaseName":"curated","TableName":"datasets","PartitionInputList":[{"Values.$":"States.Array($.echo.etag)"}]},"ResultPath":"$.glue","Next":"Write"},
          "Write":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:s3:putObject","Parameters":{"Bucket":"${Bucket}","Key":"out/result.json","Body.$":"$.echo"},"ResultPath":null,"Next":"Child"},
          "Child":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync:2","Parameters":{"StateMachineArn":"${ChildArn}","Input":{"a":1}},"ResultSelector":{"out.$":"$.Output"},"ResultPath":"$.child","End":true}
        }}
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("mlops-cloud-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static HandlerRegistry Registry(IReadOnlyDictionary<string, string> env) =>
        new HandlerRegistry().Add("T::Echo::Handle", (payload, context, ct) =>
        {
            var input = JsonNode.Parse(payload.Span)!.AsObject();
            if (input["fail"] is not null)
            {
                throw new InvalidDataException("echo refused");
            }

            input["greeting"] = env["GREETING"];
            input["bucketsDir"] = env.TryGetValue("MLOPS_LOCAL_BUCKETS_DIR", out var dir) ? dir : null;
            return Task.FromResult(Encoding.UTF8.GetBytes(input.ToJsonString()));
        });

    private Task<LocalCloud> StartAsync()
    {
        File.WriteAllText(Path.Combine(_dir, "template.yaml"), Template);
        File.WriteAllText(Path.Combine(_dir, "pipeline.asl.json"), Definition);
        return LocalCloud.StartAsync(new LocalCloudOptions
        {
            TemplatePath = Path.Combine(_dir, "template.yaml"),
            Home = Path.Combine(_dir, ".mlops"),
            Registry = Registry,
        });
    }

    [Fact]
    public async Task PutObjectAsync_UnderRaw_RunsPipelineThroughEveryIntegration()
    {
        await using var cloud = await StartAsync();

        var (_, dispatches) = await cloud.PutObjectAsync("data", "raw/a.csv", Encoding.UTF8.GetBytes("x,y\n1,2\n"));
        var record = await cloud.WaitAsync(Assert.Single(dispatches).ExecutionArn!);

        Assert.Equal("SUCCEEDED", record.Status);
        var output = JsonNode.Parse(record.Output!)!;
        Assert.Equal("hi", output["echo"]!["greeting"]!.ToString());
        Assert.Equal(Path.Combine(_dir, ".mlops", "buckets"), output["echo"]!["bucketsDir"]!.ToString());
        Assert.Empty(output["glue"]!["Errors"]!.AsArray());
        Assert.True(output["child"]!["out"]!["child"]!.GetValue<bool>());
        Assert.True(File.Exists(Path.Combine(_dir, ".mlops", "buckets", "data", "out", "result.json")));
        Assert.Contains(cloud.Executions.History(record.ExecutionArn)!, e => e!["type"]!.ToString() == "TaskSucceeded");
    }

    [Fact]
    public async Task PutObjectAsync_SameContentTwice_StartsNoSecondExecution()
    {
        await using var cloud = await StartAsync();
        var bytes = Encoding.UTF8.GetBytes("x\n1\n");

        var (_, first) = await cloud.PutObjectAsync("data", "raw/a.csv", bytes);
        await cloud.WaitAsync(first[0].ExecutionArn!);
        var (_, second) = await cloud.PutObjectAsync("data", "raw/a.csv", bytes);

        Assert.False(Assert.Single(second).Started);
        Assert.Equal(first[0].ExecutionArn, second[0].ExecutionArn);
        Assert.Equal(2, cloud.Executions.List().Count); // the pipeline and its child
    }

    [Fact]
    public async Task DirectArnTask_FunctionThrows_FailsWithExceptionTypeName()
    {
        await using var cloud = await StartAsync();

        var (_, dispatches) = await cloud.PutObjectAsync("data", "raw/bad.csv", new byte[] { 1 });
        var record = await cloud.WaitAsync(dispatches[0].ExecutionArn!);

        Assert.Equal("FAILED", record.Status);
        Assert.Equal("InvalidDataException", record.Error);
        Assert.Contains("echo refused", record.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_ByLogicalId_RunsFunctionWithTemplateEnvironment()
    {
        await using var cloud = await StartAsync();

        var result = await cloud.InvokeAsync("Echo", Encoding.UTF8.GetBytes("{}"));

        Assert.Null(result.FunctionError);
        Assert.Equal("hi", JsonNode.Parse(result.Payload)!["greeting"]!.ToString());
    }
}

using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using MlOps.Lambda.Runtime.Hosting;
using MlOps.Local.Services.Hosting;
using MlOps.Testing;

namespace MlOps.Local.Services.Tests.Hosting;

/// <summary>The repository's drift-monitor.asl.json on the local cloud: drift starts a retraining, at most once a day.</summary>
public sealed class DriftMonitorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mlops-drift-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<LocalCloud> StartAsync()
    {
        var machine = Path.Combine(RepoPaths.RequireRoot(), "statemachines", "drift-monitor.asl.json");
        File.WriteAllText(Path.Combine(_dir, "template.yaml"), $$"""
            Resources:
              DriftCheckFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: T::Drift::Handle
              TrainingPipeline:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Name: training
                  Definition:
                    StartAt: Train
                    States:
                      Train: {Type: Pass, End: true}
              DriftMonitor:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Name: drift
                  DefinitionUri: {{machine}}
                  DefinitionSubstitutions:
                    DriftCheckFunctionArn: !GetAtt DriftCheckFunction.Arn
                    TrainingPipelineArn: !Ref TrainingPipeline
            """);
        return await LocalCloud.StartAsync(new LocalCloudOptions
        {
            TemplatePath = Path.Combine(_dir, "template.yaml"),
            Home = Path.Combine(_dir, ".mlops"),
            Clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)),
            Registry = _ => new HandlerRegistry().Add("T::Drift::Handle", (_, _, _) => Task.FromResult(Encoding.UTF8.GetBytes(
                """{"run":{"runId":"r1"},"dataset":{"bucket":"data","key":"raw/customers/customers.csv"},"drift":{"detected":true}}"""))),
        });
    }

    [Fact]
    public async Task DriftDetectedTwiceOnOneDay_StartsOneRetraining_ThenCoolsDown()
    {
        await using var cloud = await StartAsync();
        var monitor = cloud.Template.FindStateMachine("DriftMonitor")!;

        var (first, _) = await cloud.StartExecutionAsync(monitor.Arn, "check-1", new JsonObject(), CancellationToken.None);
        var firstRecord = await cloud.WaitAsync(first);
        var (second, _) = await cloud.StartExecutionAsync(monitor.Arn, "check-2", new JsonObject(), CancellationToken.None);
        var secondRecord = await cloud.WaitAsync(second);

        Assert.Equal("SUCCEEDED", firstRecord.Status);
        Assert.EndsWith(":execution:training:drift-retrain-2026-01-02", JsonNode.Parse(firstRecord.Output!)!["retraining"]!["ExecutionArn"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal("SUCCEEDED", secondRecord.Status);
        Assert.Equal("StepFunctions.ExecutionAlreadyExistsException", JsonNode.Parse(secondRecord.Output!)!["coolDown"]!["Error"]!.ToString());
        var retrainings = cloud.Executions.List(cloud.Template.FindStateMachine("TrainingPipeline")!.Arn);
        var retraining = Assert.Single(retrainings);
        Assert.Equal("drift", JsonNode.Parse(retraining.Input!)!["reason"]!.ToString());
    }
}

using System.Text.Json.Nodes;
using MlOps.Lambda.Runtime.Hosting;
using MlOps.Local.Services.Hosting;
using MlOps.Local.Services.Tasks;

namespace MlOps.Local.Services.Tests.Hosting;

public sealed class ApprovalTests : IDisposable
{
    private const string Template = """
        Resources:
          Topic:
            Type: AWS::SNS::Topic
            Properties:
              TopicName: approvals
          Machine:
            Type: AWS::Serverless::StateMachine
            Properties:
              Name: approve
              DefinitionUri: m.asl.json
              DefinitionSubstitutions:
                TopicArn: !Ref Topic
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("mlops-approve-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task WaitForTaskToken_AnsweredFromAnotherMailbox_ResumesWithOutput()
    {
        File.WriteAllText(Path.Combine(_dir, "template.yaml"), Template);
        File.WriteAllText(Path.Combine(_dir, "m.asl.json"), TestTemplates.ApproveDefinition);
        var home = Path.Combine(_dir, ".mlops");
        await using var cloud = await LocalCloud.StartAsync(new LocalCloudOptions
        {
            TemplatePath = Path.Combine(_dir, "template.yaml"),
            Home = home,
            Registry = _ => new HandlerRegistry(),
        });
        var machine = cloud.Template.FindStateMachine("Machine")!;

        var (arn, _) = await cloud.StartExecutionAsync(machine.Arn, "a1", new JsonObject { ["x"] = 1 }, CancellationToken.None);
        var other = new TaskTokenMailbox(home, TimeProvider.System);
        JsonObject? pending = null;
        for (var i = 0; i < 100_000 && pending is null; i++)
        {
            var list = other.ListPending();
            pending = list.Count > 0 ? list[0] : null;
            await Task.Yield();
        }

        Assert.NotNull(pending);
        var message = JsonNode.Parse(Assert.Single(cloud.Topics.Messages("approvals"))["Message"]!.ToString())!;
        Assert.Equal(pending["taskToken"]!.ToString(), message["token"]!.ToString());
        other.SendSuccess(pending["taskToken"]!.ToString(), """{"approvedBy":"me"}""");
        var record = await cloud.WaitAsync(arn);

        Assert.Equal("SUCCEEDED", record.Status);
        Assert.Equal("me", JsonNode.Parse(record.Output!)!["approval"]!["approvedBy"]!.ToString());
    }
}

using System.Text.Json.Nodes;
using MlOps.Local.Template.Errors;
using MlOps.Local.Template.Loading;

namespace MlOps.Local.Template.Tests.Loading;

public sealed class TemplateLoaderTests
{
    private const string Yaml = """
        Parameters:
          Stage:
            Type: String
            AllowedValues: [dev, production]
            Default: dev
          Subnets:
            Type: CommaDelimitedList
            Default: ''
        Conditions:
          IsProd: !Equals [!Ref Stage, production]
          HasSubnets: !Not [!Equals [!Join ['', !Ref Subnets], '']]
        Globals:
          Function:
            Runtime: provided.al2023
            Timeout: 30
            Environment:
              Variables:
                BUCKET: !Ref Data
                STAGE: !Ref Stage
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: !Sub 'data-${AWS::AccountId}-${Stage}'
              NotificationConfiguration:
                EventBridgeConfiguration:
                  EventBridgeEnabled: true
          Work:
            Type: AWS::Serverless::Function
            Properties:
              FunctionName: !Sub 'work-${Stage}'
              Handler: Asm::Ns.Work::HandleAsync
              MemorySize: !If [IsProd, 2048, 512]
              Environment:
                Variables:
                  MODE: fast
          Served:
            Type: AWS::Serverless::Function
            Properties:
              Handler: Asm
              AutoPublishAlias: live
              Environment:
                Variables:
                  MLOPS_HANDLER: Asm::Ns.Served::HandleAsync
          Queue:
            Type: AWS::Batch::JobQueue
            Condition: HasSubnets
            Properties:
              JobQueueName: q
          Machine:
            Type: AWS::Serverless::StateMachine
            Properties:
              Name: !Sub 'machine-${Stage}'
              DefinitionUri: m.asl.json
              DefinitionSubstitutions:
                WorkArn: !GetAtt Work.Arn
                ServedAlias: !Ref Served.Alias
                QueueArn: !If [HasSubnets, !Ref Queue, none]
                BucketName: !Ref Data
              Events:
                Upload:
                  Type: EventBridgeRule
                  Properties:
                    Pattern:
                      source: [aws.s3]
                      detail:
                        bucket:
                          name: [!Ref Data]
                        object:
                          key: [{prefix: raw/}]
                Nightly:
                  Type: Schedule
                  Properties:
                    Schedule: rate(1 day)
        Outputs:
          MachineArn:
            Value: !Ref Machine
        """;

    private const string Machine = """{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"${WorkArn}","Comment":"${ServedAlias} ${QueueArn} ${BucketName} ${Missing}","End":true}}}""";

    private static Model.LoadedTemplate Load(TemplateLoadOptions? options = null)
    {
        using var t = new TempTemplate(Yaml, ("m.asl.json", Machine));
        return TemplateLoader.Load(t.Path, options);
    }

    [Fact]
    public void Load_ResolvesSubRefAndPseudoParameters()
    {
        var template = Load();

        Assert.Equal("data-123456789012-dev", Assert.Single(template.Buckets).Name);
        Assert.True(template.Buckets[0].EventBridgeEnabled);
        Assert.Equal("arn:aws:states:us-east-1:123456789012:stateMachine:machine-dev", template.Outputs["MachineArn"]);
    }

    [Fact]
    public void Load_MergesGlobalsIntoFunctions()
    {
        var work = Load().FindFunction("Work")!;

        Assert.Equal("work-dev", work.FunctionName);
        Assert.Equal(30, work.TimeoutSeconds);
        Assert.Equal(512, work.MemorySize);
        Assert.Equal("data-123456789012-dev", work.Environment["BUCKET"]);
        Assert.Equal("fast", work.Environment["MODE"]);
        Assert.Equal("Asm::Ns.Work::HandleAsync", work.EffectiveHandler);
    }

    [Fact]
    public void Load_ExecutableHandler_UsesMlOpsHandlerVariable()
    {
        var served = Load().FindFunction("Served")!;

        Assert.Equal("Asm", served.Handler);
        Assert.Equal("Asm::Ns.Served::HandleAsync", served.EffectiveHandler);
        Assert.Equal("mlops-local-Served", served.FunctionName);
    }

    [Fact]
    public void Load_SubstitutesDefinitionAndReportsUnresolved()
    {
        var machine = Assert.Single(Load().StateMachines);

        Assert.Contains("\"arn:aws:lambda:us-east-1:123456789012:function:work-dev\"", machine.Definition, StringComparison.Ordinal);
        Assert.Contains("function:mlops-local-Served:live none data-123456789012-dev", machine.Definition, StringComparison.Ordinal);
        Assert.Equal(["Missing"], machine.UnresolvedSubstitutions);
        Assert.Equal(["rate(1 day)"], machine.Schedules);
    }

    [Fact]
    public void Load_ConditionFalse_OmitsResource()
    {
        Assert.DoesNotContain(Load().Resources, r => r.LogicalId == "Queue");
    }

    [Fact]
    public void Load_ParameterOverride_ChangesConditionsAndNames()
    {
        var template = Load(new TemplateLoadOptions
        {
            ParameterOverrides = ParameterOverrides.Parse(["Stage=production ParameterKey=Subnets,ParameterValue=s-1"]),
        });

        Assert.Equal(2048, template.FindFunction("Work")!.MemorySize);
        Assert.Contains(template.Resources, r => r.LogicalId == "Queue");
        Assert.Contains("job-queue/q", template.StateMachines[0].Definition, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RuleFromEventBridgeEvent_TargetsTheMachine()
    {
        var template = Load();
        var rule = Assert.Single(template.Rules);

        Assert.Equal(template.StateMachines[0].Arn, rule.TargetArn);
        Assert.Equal("data-123456789012-dev", rule.Pattern["detail"]!["bucket"]!["name"]![0]!.ToString());
    }

    [Fact]
    public void Load_DisallowedParameterValue_NamesParameter()
    {
        var ex = Assert.Throws<TemplateException>(() => Load(new TemplateLoadOptions
        {
            ParameterOverrides = new Dictionary<string, string> { ["Stage"] = "qa" },
        }));

        Assert.Contains("Parameters/Stage", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UndeclaredOverrideKeys_AreWarnedAbout()
    {
        var template = Load(new TemplateLoadOptions
        {
            ParameterOverrides = new Dictionary<string, string> { ["Nope"] = "1" },
            EnvironmentOverrides = JsonNode.Parse("""{"Work":{"MODE":"slow","TYPO":"x"},"Ghost":{"A":"b"},"Parameters":{"STAGE":"qa"}}""")!.AsObject(),
        });

        var work = template.FindFunction("Work")!;
        Assert.Equal("slow", work.Environment["MODE"]);
        Assert.Equal("qa", work.Environment["STAGE"]);
        Assert.False(work.Environment.ContainsKey("TYPO"));
        Assert.Contains(template.Warnings, w => w.Contains("'Nope'", StringComparison.Ordinal));
        Assert.Contains(template.Warnings, w => w.Contains("'TYPO'", StringComparison.Ordinal));
        Assert.Contains(template.Warnings, w => w.Contains("'Ghost'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingFile_IsTemplateException()
    {
        Assert.Throws<TemplateException>(() => TemplateLoader.Load("/nonexistent/template.yaml"));
    }

    [Fact]
    public void Load_RefToUnknownResource_NamesPath()
    {
        using var t = new TempTemplate("Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Ref Nope\n");

        var ex = Assert.Throws<TemplateException>(() => TemplateLoader.Load(t.Path));

        Assert.Contains("'Nope'", ex.Message, StringComparison.Ordinal);
    }
}

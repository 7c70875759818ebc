using MlOps.Local.Template.Loading;
using MlOps.Local.Template.Model;

namespace MlOps.Local.Services.Tests;

internal static class TestTemplates
{
    public static LoadedTemplate Load(string yaml)
    {
        var dir = Directory.CreateTempSubdirectory("mlops-svc-tpl-").FullName;
        try
        {
            var path = Path.Combine(dir, "template.yaml");
            File.WriteAllText(path, yaml);
            File.WriteAllText(Path.Combine(dir, "m.asl.json"), """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""");
            return TemplateLoader.Load(path);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    public const string WithRuleAndNotification = """
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: data
              NotificationConfiguration:
                EventBridgeConfiguration:
                  EventBridgeEnabled: true
          Hook:
            Type: AWS::Serverless::Function
            Properties:
              Handler: A::B::C
              Events:
                Upload:
                  Type: S3
                  Properties:
                    Bucket: !Ref Data
                    Events: s3:ObjectCreated:*
                    Filter:
                      S3Key:
                        Rules:
                          - {Name: suffix, Value: .json}
          Machine:
            Type: AWS::Serverless::StateMachine
            Properties:
              Name: pipeline
              DefinitionUri: m.asl.json
              Events:
                Raw:
                  Type: EventBridgeRule
                  Properties:
                    Pattern:
                      source: [aws.s3]
                      detail-type: [Object Created]
                      detail:
                        bucket:
                          name: [!Ref Data]
                        object:
                          key: [{prefix: raw/}]
          Batch:
            Type: AWS::Batch::JobDefinition
            Properties:
              JobDefinitionName: job
              Type: container
              Parameters:
                word: default
              Timeout:
                AttemptDurationSeconds: 60
              ContainerProperties:
                Command: [sh, -c, 'Ref::script']
                Environment:
                  - {Name: FROM_DEF, Value: def}
          Db:
            Type: AWS::Glue::Database
            Properties:
              CatalogId: !Ref AWS::AccountId
              DatabaseInput:
                Name: curated
          Tbl:
            Type: AWS::Glue::Table
            Properties:
              CatalogId: !Ref AWS::AccountId
              DatabaseName: !Ref Db
              TableInput:
                Name: datasets
        """;

    /// <summary>A machine that publishes its task token to SNS and waits for an answer (approval), for substitution TopicArn.</summary>
    public const string ApproveDefinition = """
        {"StartAt":"Ask","States":{"Ask":{"Type":"Task","Resource":"arn:aws:states:::sns:publish.waitForTaskToken",
          "Parameters":{"TopicArn":"${TopicArn}","Message":{"token.$":"$$.Task.Token"}},"ResultPath":"$.approval","End":true}}}
        """;
}

using MlOps.Local.Services.Hosting;
using MlOps.Local.Services.Validation;
using MlOps.Testing;

namespace MlOps.Local.Services.Tests.Validation;

public sealed class AppValidatorTests
{
    private static async Task<IReadOnlyList<Finding>> ValidateAsync(string templatePath)
    {
        using var home = new TempHome();
        await using var cloud = await LocalCloud.StartAsync(new LocalCloudOptions { TemplatePath = templatePath, Home = home.Path });
        return AppValidator.Validate(cloud.Template, cloud.Engine.Options.Handlers);
    }

    [Fact]
    public async Task Validate_RepositoryTemplate_HasNoFindings()
    {
        var findings = await ValidateAsync(Path.Combine(RepoPaths.RequireRoot(), "template.yaml"));

        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public async Task Validate_BrokenMachine_ReportsEveryProblem()
    {
        var dir = Directory.CreateTempSubdirectory("mlops-val-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "template.yaml"), """
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: A::B::C
                      Policies:
                        - Statement:
                            - Effect: Allow
                              Action: 's3:*'
                              Resource: '*'
                  M:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      DefinitionUri: m.asl.json
                      DefinitionSubstitutions:
                        FnArn: !GetAtt Fn.Arn
                """);
            File.WriteAllText(Path.Combine(dir, "m.asl.json"), """
                {"StartAt":"A","States":{
                  "A":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"${FnArn}:x","Payload.$":"$"},
                       "Retry":[{"ErrorEquals":["MlOps.NoSuchError"]}],"Next":"B"},
                  "B":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:ghost","Next":"C"},
                  "C":{"Type":"Task","Resource":"${Missing}","End":true}}}
                """);

            var findings = (await ValidateAsync(Path.Combine(dir, "template.yaml"))).Select(f => f.ToString()).ToList();

            Assert.Contains(findings, f => f.Contains("${Missing}", StringComparison.Ordinal));
            Assert.Contains(findings, f => f.Contains("'MlOps.NoSuchError'", StringComparison.Ordinal));
            Assert.Contains(findings, f => f.Contains("'arn:aws:lambda:us-east-1:123456789012:function:ghost' is not defined", StringComparison.Ordinal));
            Assert.Contains(findings, f => f.Contains("wildcard action 's3:*'", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

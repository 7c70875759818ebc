using MlOps.Local.Template.Loading;

namespace MlOps.Local.Template.Tests.Loading;

public sealed class RepositoryTemplateTests
{
    [Fact]
    public void Load_RepositoryTemplate_ResolvesEverySubstitution()
    {
        var template = TemplateLoader.Load(RepoPaths.Template);

        Assert.Equal(14, template.Functions.Count);
        Assert.Equal(3, template.StateMachines.Count);
        Assert.All(template.StateMachines, m => Assert.Empty(m.UnresolvedSubstitutions));
        Assert.Empty(template.Warnings);
    }

    [Fact]
    public void Load_RepositoryTemplate_HasRawPrefixRuleToTrainingPipeline()
    {
        var template = TemplateLoader.Load(RepoPaths.Template);
        var rule = Assert.Single(template.Rules);

        Assert.Equal(template.FindStateMachine("TrainingPipeline")!.Arn, rule.TargetArn);
        Assert.Equal("raw/", rule.Pattern["detail"]!["object"]!["key"]![0]!["prefix"]!.ToString());
    }

    [Fact]
    public void Load_RepositoryTemplate_PredictDispatchesThroughMlOpsHandler()
    {
        var predict = TemplateLoader.Load(RepoPaths.Template).FindFunction("PredictFunction")!;

        Assert.Equal("MlOps.Functions::MlOps.Functions.Predict.PredictFunction::HandleAsync", predict.EffectiveHandler);
        Assert.Equal("live", predict.AutoPublishAlias);
    }

    [Fact]
    public void Load_RepositoryTemplateWithBatchSubnets_DefinesTransformJob()
    {
        var template = TemplateLoader.Load(RepoPaths.Template, new TemplateLoadOptions
        {
            ParameterOverrides = new Dictionary<string, string> { ["BatchSubnetIds"] = "subnet-1", ["BatchSecurityGroupIds"] = "sg-1" },
        });

        var job = Assert.Single(template.JobDefinitions);
        Assert.Equal(["MlOps.Functions", "--batch", "Ref::handler"], job.Command);
    }
}

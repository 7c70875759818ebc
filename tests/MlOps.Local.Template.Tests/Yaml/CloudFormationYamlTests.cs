using System.Text.Json.Nodes;
using MlOps.Local.Template.Errors;
using MlOps.Local.Template.Yaml;

namespace MlOps.Local.Template.Tests.Yaml;

public sealed class CloudFormationYamlTests
{
    [Theory]
    [InlineData("a: !Ref X", """{"a":{"Ref":"X"}}""")]
    [InlineData("a: !GetAtt Fn.Arn", """{"a":{"Fn::GetAtt":["Fn","Arn"]}}""")]
    [InlineData("a: !GetAtt [Fn, Arn]", """{"a":{"Fn::GetAtt":["Fn","Arn"]}}""")]
    [InlineData("a: !Sub 'x-${Y}'", """{"a":{"Fn::Sub":"x-${Y}"}}""")]
    [InlineData("a: !Join ['-', [a, b]]", """{"a":{"Fn::Join":["-",["a","b"]]}}""")]
    [InlineData("a: !If [C, 1, 2]", """{"a":{"Fn::If":["C",1,2]}}""")]
    [InlineData("a: !Select [0, !Split [',', 'x,y']]", """{"a":{"Fn::Select":[0,{"Fn::Split":[",","x,y"]}]}}""")]
    [InlineData("a: !Not [!Equals [!Ref S, prod]]", """{"a":{"Fn::Not":[{"Fn::Equals":[{"Ref":"S"},"prod"]}]}}""")]
    [InlineData("a: '2012-10-17'", """{"a":"2012-10-17"}""")]
    [InlineData("a: [true, 3, 1.5, '07', null]", """{"a":[true,3,1.5,"07",null]}""")]
    public void Parse_ShortTags_BecomeLongForm(string yaml, string expected)
    {
        var node = CloudFormationYaml.Parse(yaml, "t.yaml");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), node), node?.ToJsonString());
    }

    [Fact]
    public void Parse_UnknownTag_NamesTagAndLine()
    {
        var ex = Assert.Throws<TemplateException>(() => CloudFormationYaml.Parse("a: 1\nb: !Nope x", "t.yaml"));

        Assert.Contains("t.yaml:2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("!Nope", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedYaml_IsTemplateException()
    {
        var ex = Assert.Throws<TemplateException>(() => CloudFormationYaml.Parse("a: [1, 2\nb: c", "t.yaml"));

        Assert.StartsWith("t.yaml:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateKey_IsRejected()
    {
        Assert.Throws<TemplateException>(() => CloudFormationYaml.Parse("a: 1\na: 2", "t.yaml"));
    }
}

using MlOps.StepFunctions.Errors;

namespace MlOps.StepFunctions.Tests.Jsonata;

public sealed class JsonataValidationTests
{
    private static IReadOnlyList<AslValidationError> Validate(string json) => TestEngine.Create().Validate(json);

    [Theory]
    [InlineData("""{"Type":"Pass","InputPath":"$.a","End":true}""", "/States/A/InputPath")]
    [InlineData("""{"Type":"Pass","Parameters":{"a":1},"End":true}""", "/States/A/Parameters")]
    [InlineData("""{"Type":"Pass","ResultPath":"$.r","End":true}""", "/States/A/ResultPath")]
    [InlineData("""{"Type":"Pass","Result":{"a":1},"End":true}""", "/States/A/Result")]
    [InlineData("""{"Type":"Pass","Output":{"e":"{% $states.errorOutput %}"},"End":true}""", "/States/A/Output/e")]
    [InlineData("""{"Type":"Pass","OutputPath":"$.r","End":true}""", "/States/A/OutputPath")]
    [InlineData("""{"Type":"Wait","SecondsPath":"$.s","End":true}""", "/States/A/SecondsPath")]
    [InlineData("""{"Type":"Pass","Output":{"x.$":"$.a"},"End":true}""", "/States/A/Output/x.$")]
    [InlineData("""{"Type":"Pass","Output":"{% $states.input. %}","End":true}""", "/States/A/Output")]
    [InlineData("""{"Type":"Choice","Choices":[{"Variable":"$.a","BooleanEquals":true,"Next":"A"}]}""", "/States/A/Choices/0")]
    public void Jsonpath_constructs_and_bad_expressions_are_rejected_in_jsonata_states(string state, string pointer)
    {
        var errors = Validate("""{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":""" + state + "}}");
        Assert.Contains(errors, e => e.Pointer == pointer);
    }

    [Theory]
    [InlineData("""{"Type":"Pass","Output":{"a":1},"End":true}""", "/States/A/Output")]
    [InlineData("""{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:111111111111:function:f","Arguments":{},"End":true}""", "/States/A/Arguments")]
    [InlineData("""{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:111111111111:function:f","End":true,"Catch":[{"ErrorEquals":["States.ALL"],"Output":{},"Next":"A"}]}""", "/States/A/Catch/0/Output")]
    public void Jsonata_fields_are_rejected_in_jsonpath_states(string state, string pointer)
    {
        var errors = Validate("""{"StartAt":"A","States":{"A":""" + state + "}}");
        Assert.Contains(errors, e => e.Pointer == pointer);
    }

    [Fact]
    public void A_jsonata_machine_cannot_switch_a_state_back_to_jsonpath()
    {
        var errors = Validate("""{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","QueryLanguage":"JSONPath","End":true}}}""");
        Assert.Contains(errors, e => e.Pointer == "/States/A/QueryLanguage");
    }

    [Fact]
    public void Catch_result_path_is_rejected_in_a_jsonata_state()
    {
        var errors = Validate("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Parallel","End":true,
              "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.e","Next":"B"}],
              "Branches":[{"StartAt":"X","States":{"X":{"Type":"Succeed"}}}]},"B":{"Type":"Succeed"}}}
            """);
        Assert.Contains(errors, e => e.Pointer == "/States/A/Catch/0/ResultPath");
    }

    [Fact]
    public void Expressions_in_numeric_fields_load_without_errors()
    {
        var errors = Validate("""
            {"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","End":true,"Items":"{% [1] %}",
              "MaxConcurrency":"{% 1 %}","ToleratedFailureCount":"{% 0 %}","ToleratedFailurePercentage":"{% 0 %}",
              "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Wait","Seconds":"{% 1 %}","End":true}}}}}}
            """);
        Assert.Empty(errors);
    }
}

using MlOps.StepFunctions.Errors;

namespace MlOps.StepFunctions.Tests.Parsing;

public sealed class DefinitionValidationTests
{
    private static IReadOnlyList<AslValidationError> Validate(string json) => TestEngine.Create().Validate(json);

    [Fact]
    public void Validate_ReportsEveryProblemAtOnce_WithPointers()
    {
        var errors = Validate("""
            {"StartAt":"Missing","States":{
              "A":{"Type":"Pass","Next":"Nowhere"},
              "B":{"Type":"Task","Resource":"arn:aws:unknown:thing","End":true,"Catch":[{"ErrorEquals":["States.ALL","X"],"Next":"A"}]},
              "C":{"Type":"Wait","End":true}
            }}
            """);
        var pointers = errors.Select(e => e.Pointer).ToList();
        Assert.Contains("/StartAt", pointers);
        Assert.Contains("/States/A/Next", pointers);
        Assert.Contains("/States/B/Resource", pointers);
        Assert.Contains("/States/B/Catch/0/ErrorEquals/0", pointers);
        Assert.Contains("/States/C", pointers);
        Assert.True(errors.Count >= 5);
    }

    [Theory]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Pass","End":true,"Catch":[]}}}""", "/States/A/Catch")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Pass","End":true,"Result":1,"Bogus":1}}}""", "/States/A/Bogus")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Pass","End":true},"B":{"Type":"Succeed"}}}""", "/States/B")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Fail","Error":"States.Custom"},"B":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:f","End":true,"Retry":[{"ErrorEquals":["States.Custom"]}]}}}""", "/States/B/Retry/0/ErrorEquals/0")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Pass","InputPath":"nope","End":true}}}""", "/States/A/InputPath")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Choice","Choices":[{"Variable":"$.x","NumericEquals":"1","Next":"A"}]}}}""", "/States/A/Choices/0/NumericEquals")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B","End":true},"B":{"Type":"Succeed"}}}""", "/States/A")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Bogus"}}}""", "/States/A/Type")]
    [InlineData("""{"StartAt":"A","QueryLanguage":"JSONata","States":{"A":{"Type":"Pass","QueryLanguage":"JSONPath","End":true}}}""", "/States/A/QueryLanguage")]
    public void Validate_FlagsRuleViolation_AtPointer(string definition, string pointer) =>
        Assert.Contains(Validate(definition), e => e.Pointer == pointer);

    [Fact]
    public void Validate_AllNotLastRetrier_IsRejected()
    {
        var errors = Validate("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:f","End":true,
              "Retry":[{"ErrorEquals":["States.ALL"]},{"ErrorEquals":["X"]}]}}}
            """);
        Assert.Contains(errors, e => e.Pointer == "/States/T/Retry/0" && e.Message.Contains("last", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"States\":{}}")]
    public void Validate_MalformedDocument_GivesMessageInsteadOfCrash(string definition) =>
        Assert.NotEmpty(Validate(definition));

    [Fact]
    public void Load_JsonataState_IsAcceptedBySeam() =>
        Assert.NotNull(TestEngine.Create().Load("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% $states.input %}","End":true}}}
            """));

    [Fact]
    public void Load_Invalid_ThrowsWithAllErrors()
    {
        var ex = Assert.Throws<AslValidationException>(() => TestEngine.Create().Load("{\"StartAt\":\"X\",\"States\":{}}"));
        Assert.Contains(ex.Errors, e => e.Pointer == "/StartAt");
    }

    [Fact]
    public void Validate_DeepNesting_DoesNotCrash()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000);
        var errors = Validate("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Result\":" + nested + ",\"End\":true}}}");
        Assert.NotEmpty(errors);
    }
}

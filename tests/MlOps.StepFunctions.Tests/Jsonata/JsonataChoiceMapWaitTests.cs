namespace MlOps.StepFunctions.Tests.Jsonata;

public sealed class JsonataChoiceMapWaitTests
{
    private const string ChoiceMachine = """
        {"QueryLanguage":"JSONata","StartAt":"C","States":{
          "C":{"Type":"Choice","Output":"state output","Default":"D",
               "Choices":[{"Condition":"{% $states.input.n > 10 %}","Next":"Big","Output":{"big":"{% $states.input.n %}"}},
                          {"Condition":"{% $states.input.n > 5 %}","Next":"Mid"}]},
          "Big":{"Type":"Succeed"},"Mid":{"Type":"Succeed"},"D":{"Type":"Succeed"}}}
        """;

    [Theory]
    [InlineData("""{"n":11}""", """{"big":11}""")]
    [InlineData("""{"n":6}""", """{"n":6}""")]
    [InlineData("""{"n":1}""", "\"state output\"")]
    public async Task Choice_takes_the_matched_rule_output_and_the_state_output_only_for_default(string input, string expected)
    {
        var (result, _) = await TestEngine.RunAsync(ChoiceMachine, input);
        Assert.Equal(expected, TestEngine.Json(result.Output));
    }

    [Theory]
    [InlineData(true, "\"rule\"")]
    [InlineData(false, "\"state\"")]
    public async Task Choice_rule_assign_wins_and_state_assign_belongs_to_default(bool match, string expected)
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"C","States":{
              "C":{"Type":"Choice","Assign":{"v":"state"},"Default":"E",
                   "Choices":[{"Condition":"{% $states.input.m %}","Assign":{"v":"rule"},"Next":"E"}]},
              "E":{"Type":"Pass","Output":"{% $v %}","End":true}}}
            """, "{\"m\":" + (match ? "true" : "false") + "}");
        Assert.Equal(expected, TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task Choice_condition_that_is_not_boolean_fails()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"C","States":{"C":{"Type":"Choice","Default":"E",
              "Choices":[{"Condition":"{% false %}","Next":"E"},{"Condition":"{% $states.input.n %}","Next":"E"}]},"E":{"Type":"Succeed"}}}
            """, """{"n":"x"}""");
        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith("The JSONata expression '$states.input.n' specified for the field 'Choices[1]/Condition' returned an unexpected result type. "
                        + "Expected 'boolean', but was 'string' for value: \"x\"", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choice_without_match_or_default_fails_with_NoChoiceMatched()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Condition":"{% false %}","Next":"E"}]},"E":{"Type":"Succeed"}}}
            """);
        Assert.Equal("States.NoChoiceMatched", result.Error);
    }

    [Fact]
    public async Task Map_items_and_item_selector_see_the_map_item_and_variables()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"S","States":{
              "S":{"Type":"Pass","Assign":{"tag":"t"},"Next":"M"},
              "M":{"Type":"Map","Items":"{% $states.input.xs %}","MaxConcurrency":"{% 1 %}","End":true,
                   "ItemSelector":{"i":"{% $states.context.Map.Item.Index %}","v":"{% $states.context.Map.Item.Value %}","tag":"{% $tag %}"},
                   "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","Output":"{% $states.input.tag & $string($states.input.v * 10) %}","End":true}}},
                   "Output":{"all":"{% $states.result %}"}}}}
            """, """{"xs":[1,2]}""");
        Assert.Equal("""{"all":["t10","t20"]}""", TestEngine.Json(result.Output));
    }

    [Theory]
    [InlineData("\"{% 1 %}\"", "Expected 'array', but was 'number' for value: 1")]
    [InlineData("\"{% {'a': 1} %}\"", "Expected 'array', but was 'object' for value: {\"a\":1}")]
    [InlineData("\"{% null %}\"", "Expected 'array', but was 'null' for value: null")]
    public async Task Map_items_expression_must_produce_an_array(string items, string expectedEnd)
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","End":true,"Items":
            """ + items + """
            ,"ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """);
        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith(expectedEnd, result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_without_items_needs_an_array_input()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","End":true,
              "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}
            """, """{"a":1}""");
        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith("Map state input must be an array but was: {\"a\":1}", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_tolerated_failure_count_expression_lets_failures_through()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","End":true,"Items":[1,2],
              "ToleratedFailureCount":"{% $states.input.tolerate %}",
              "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Fail","Error":"E","Cause":"c"}}}}}}
            """, """{"tolerate":1}""");
        Assert.Equal("States.ExceedToleratedFailureThreshold", result.Error);
    }

    [Fact]
    public async Task Wait_seconds_expression_advances_the_virtual_clock()
    {
        var (result, execution) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"W","States":{"W":{"Type":"Wait","Seconds":"{% $states.input.s %}","Next":"N"},
              "N":{"Type":"Pass","Output":"{% $states.context.State.EnteredTime %}","End":true}}}
            """, """{"s":90}""");
        Assert.Equal("\"2024-01-01T00:01:30.000Z\"", TestEngine.Json(result.Output));
        Assert.Contains(execution.History, e => e.Type == "WaitStateExited");
    }

    [Theory]
    [InlineData("2016-13-05T21:29:29Z")]
    [InlineData("2016-12-05 21:29:29Z")]
    public async Task Wait_timestamp_expression_must_be_iso8601(string timestamp)
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"W","States":{"W":{"Type":"Wait","Timestamp":"{% $states.input.t %}","End":true}}}
            """, "{\"t\":\"" + timestamp + "\"}");
        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith("The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: " + timestamp,
            result.Cause, StringComparison.Ordinal);
    }
}

namespace MlOps.StepFunctions.Tests.Jsonata;

public sealed class JsonataDataFlowTests
{
    private const string Lambda = "arn:aws:lambda:us-east-1:111111111111:function:f";

    private static string WithLambda(string definition) => definition.Replace("LAMBDA", Lambda, StringComparison.Ordinal);

    [Fact]
    public async Task Pass_output_template_evaluates_nested_expression_leaves_and_keeps_literals()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","End":true,
              "Output":{"sum":"{% $sum($states.input.xs) %}","nested":{"list":["{% $states.input.xs[0] %}","lit"]},"plain":"$.xs"}}}}
            """, """{"xs":[1,2,3]}""");
        Assert.Equal("""{"sum":6,"nested":{"list":[1,"lit"]},"plain":"$.xs"}""", TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task Assign_and_Output_both_see_variables_as_they_were_at_state_entry()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"n":1},"Next":"B"},
              "B":{"Type":"Pass","Assign":{"n":"{% $n + 10 %}"},"Output":{"seen":"{% $n %}"},"Next":"C"},
              "C":{"Type":"Pass","Output":{"after":"{% $n %}"},"End":true}}}
            """);
        Assert.Equal("""{"after":11}""", TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task Task_arguments_go_to_the_function_and_output_reads_states_result()
    {
        var (result, _) = await TestEngine.RunAsync(WithLambda("""
            {"QueryLanguage":"JSONata","StartAt":"T","States":{"T":{"Type":"Task","Resource":"LAMBDA",
              "Arguments":{"v":"{% $states.input.v * 2 %}"},"Output":{"got":"{% $states.result.v %}","in":"{% $states.input.v %}"},"End":true}}}
            """), """{"v":21}""");
        Assert.Equal("""{"got":42,"in":21}""", TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task Task_without_output_returns_the_result_and_without_arguments_sends_the_input()
    {
        var (result, _) = await TestEngine.RunAsync(WithLambda("""
            {"QueryLanguage":"JSONata","StartAt":"T","States":{"T":{"Type":"Task","Resource":"LAMBDA","End":true}}}
            """), """{"k":"v"}""");
        Assert.Equal("""{"k":"v"}""", TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task Task_timeout_seconds_may_be_an_expression()
    {
        var (result, _) = await TestEngine.RunAsync(WithLambda("""
            {"QueryLanguage":"JSONata","StartAt":"T","States":{"T":{"Type":"Task","Resource":"LAMBDA",
              "TimeoutSeconds":"{% $states.input.t %}","End":true}}}
            """), """{"t":"soon"}""");
        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Contains("specified for the field 'TimeoutSeconds' returned an unexpected result type. Expected 'integer'", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parallel_branches_get_the_arguments_and_read_outer_variables()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"outer":"o"},"Next":"P"},
              "P":{"Type":"Parallel","Arguments":{"x":"{% $states.input.x %}"},"End":true,
                   "Output":"{% $states.result.y %}",
                   "Branches":[
                     {"StartAt":"B1","States":{"B1":{"Type":"Pass","Output":{"y":"{% $outer & $states.input.x %}"},"End":true}}},
                     {"StartAt":"B2","States":{"B2":{"Type":"Pass","Output":{"y":"{% $states.input.x %}"},"End":true}}}]}}}
            """, """{"x":"1"}""");
        Assert.Equal("""["o1","1"]""", TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task Variables_assigned_inside_a_branch_are_not_visible_after_it()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"P","States":{
              "P":{"Type":"Parallel","Next":"C","Branches":[
                {"StartAt":"B","States":{"B":{"Type":"Pass","Assign":{"inner":1},"End":true}}}]},
              "C":{"Type":"Pass","Output":"{% $inner %}","End":true}}}
            """);
        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith("The JSONata expression '$inner' specified for the field 'Output' returned nothing (undefined).", result.Cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"{% 42 %}\"", "42")]
    [InlineData("\"{% true %}\"", "true")]
    [InlineData("\"{% [] %}\"", "[]")]
    [InlineData("\"plain string\"", "\"plain string\"")]
    [InlineData("\"{% $range(1, 9, 9) %}\"", "1")]
    [InlineData("\"{% $range(0, 10, 3) %}\"", "[0,3,6,9]")]
    [InlineData("\"{% $range(0, 9, 3) %}\"", "[0,3,6,9]")]
    public async Task Output_may_be_any_json_value(string output, string expected)
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Succeed","Output":
            """ + output + "}}}");
        Assert.Equal(expected, TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task Context_object_is_visible_as_states_context()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"Named","States":{"Named":{"Type":"Pass","Output":"{% $states.context.State.Name %}","End":true}}}
            """);
        Assert.Equal("\"Named\"", TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task A_jsonpath_state_after_a_jsonata_state_receives_its_output()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","QueryLanguage":"JSONata","Output":{"v":"{% 1 + 2 %}"},"Assign":{"w":"{% 'x' %}"},"Next":"B"},
              "B":{"Type":"Pass","Parameters":{"v.$":"$.v","w.$":"$w"},"End":true}}}
            """);
        Assert.Equal("""{"v":3,"w":"x"}""", TestEngine.Json(result.Output));
    }
}

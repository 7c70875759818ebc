namespace MlOps.StepFunctions.Tests.Jsonata;

public sealed class JsonataErrorTests
{
    [Fact]
    public async Task Undefined_nested_field_names_its_path_and_the_state_entry_event()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{
              "A":{"Type":"Pass","Next":"B"},
              "B":{"Type":"Pass","Output":{"result":"{% $missing %}"},"End":true}}}
            """);
        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Equal("An error occurred while executing the state 'B' (entered at the event id #4). "
                     + "The JSONata expression '$missing' specified for the field 'Output/result' returned nothing (undefined).", result.Cause);
    }

    [Fact]
    public async Task Evaluation_error_cause_carries_the_jsonata_code_and_message()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":{"r":"{% $nope(1) %}"},"End":true}}}
            """);
        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith("The JSONata expression '$nope(1)' specified for the field 'Output/r' threw an error during evaluation. "
                        + "T1006: Attempted to invoke a non-function", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_evaluation_is_recorded_as_an_EvaluationFailed_history_event()
    {
        var (_, execution) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% $nope %}","End":true}}}
            """);
        var types = execution.History.Select(e => e.Type).ToList();
        Assert.Equal(["ExecutionStarted", "PassStateEntered", "EvaluationFailed", "ExecutionFailed"], types);
        var details = execution.History.Single(e => e.Type == "EvaluationFailed").Details!;
        Assert.Equal("Output", details["location"]!.GetValue<string>());
        Assert.Equal("A", details["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Catch_output_and_assign_see_the_error_output()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{
              "A":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:111111111111:function:f","Output":"{% $nope %}","End":true,
                   "Catch":[{"ErrorEquals":["States.QueryEvaluationError"],"Next":"B",
                             "Assign":{"err":"{% $states.errorOutput.Error %}"},
                             "Output":{"input":"{% $states.input.k %}","hasCause":"{% $exists($states.errorOutput.Cause) %}"}}]},
              "B":{"Type":"Pass","Output":{"err":"{% $err %}","prev":"{% $states.input %}"},"End":true}}}
            """, """{"k":"v"}""");
        Assert.Equal("""{"err":"States.QueryEvaluationError","prev":{"input":"v","hasCause":true}}""", TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task Undefined_in_a_catcher_output_is_named_under_the_catcher()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"F","States":{
              "F":{"Type":"Parallel","End":true,
                   "Catch":[{"ErrorEquals":["Other"],"Next":"B"},{"ErrorEquals":["States.ALL"],"Output":{"v":["{% $nope %}"]},"Next":"B"}],
                   "Branches":[{"StartAt":"X","States":{"X":{"Type":"Fail","Error":"Boom"}}}]},
              "B":{"Type":"Succeed"}}}
            """);
        Assert.EndsWith("specified for the field 'Catch[1]/Output/v[0]' returned nothing (undefined).", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catch_without_output_passes_the_error_output_on()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"F","States":{
              "F":{"Type":"Parallel","End":true,"Catch":[{"ErrorEquals":["States.ALL"],"Next":"B"}],
                   "Branches":[{"StartAt":"X","States":{"X":{"Type":"Fail","Error":"Boom","Cause":"bad"}}}]},
              "B":{"Type":"Succeed"}}}
            """);
        Assert.Equal("""{"Error":"Boom","Cause":"bad"}""", TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task Retry_on_query_evaluation_error_retries_then_fails()
    {
        var (result, execution) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:111111111111:function:f",
              "Output":"{% $nope %}","End":true,
              "Retry":[{"ErrorEquals":["States.QueryEvaluationError"],"MaxAttempts":2,"IntervalSeconds":1}]}}}
            """);
        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Equal(3, execution.History.Count(e => e.Type == "EvaluationFailed"));
    }

    [Fact]
    public async Task Fail_error_and_cause_may_be_expressions()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"F","States":{"F":{"Type":"Fail","Error":"{% $states.input.e %}","Cause":"{% 'because ' & $states.input.c %}"}}}
            """, """{"e":"MyError","c":"reasons"}""");
        Assert.Equal("MyError", result.Error);
        Assert.Equal("because reasons", result.Cause);
    }

    [Fact]
    public async Task Fail_error_expression_must_produce_a_string()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"F","States":{"F":{"Type":"Fail","Error":"{% 1 %}"}}}
            """);
        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith("Expected 'string', but was 'number' for value: 1", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expression_returning_a_function_is_an_unsupported_result()
    {
        var (result, _) = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% function($x){$x} %}","End":true}}}
            """);
        Assert.EndsWith("specified for the field 'Output' returned an unsupported result type.", result.Cause, StringComparison.Ordinal);
    }
}

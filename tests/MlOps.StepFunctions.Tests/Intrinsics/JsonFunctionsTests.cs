namespace MlOps.StepFunctions.Tests.Intrinsics;

public sealed class JsonFunctionsTests
{
    [Theory]
    [InlineData("States.StringToJson($.s)", """{"s":"{\"Arg1\": 1, \"Arg2\": []}"}""", """{"Arg1":1,"Arg2":[]}""")]
    [InlineData("States.StringToJson($.s)", """{"s":"\"HelloWorld\""}""", "\"HelloWorld\"")]
    [InlineData("States.StringToJson($.s)", """{"s":"1.1"}""", "1.1")]
    [InlineData("States.StringToJson($.s)", """{"s":"-0"}""", "0")]
    [InlineData("States.StringToJson($.s)", """{"s":"true"}""", "true")]
    [InlineData("States.StringToJson($.s)", """{"s":""}""", "null")]
    [InlineData("States.StringToJson('{\"a\": [1, null]}')", "{}", """{"a":[1,null]}""")]
    [InlineData("States.JsonToString($.v)", """{"v":{"Arg1":1,"Arg2":[]}}""", "\"{\\\"Arg1\\\":1,\\\"Arg2\\\":[]}\"")]
    [InlineData("States.JsonToString($.v)", """{"v":[1,2,"HelloWorld"]}""", "\"[1,2,\\\"HelloWorld\\\"]\"")]
    [InlineData("States.JsonToString($.v)", """{"v":"HelloWorld"}""", "\"\\\"HelloWorld\\\"\"")]
    [InlineData("States.JsonToString($.v)", """{"v":1.1}""", "\"1.1\"")]
    [InlineData("States.JsonToString($.v)", """{"v":1.0}""", "\"1.0\"")]
    [InlineData("States.JsonToString($.v)", """{"v":1e20}""", "\"1.0E20\"")]
    [InlineData("States.JsonToString($.v)", """{"v":null}""", "\"null\"")]
    [InlineData("States.JsonToString($.v)", """{"v":[1e-5,0.001,0.0001,1234567.0,1e7,12345678.9,-0.0,3.14159e-10,9999999.0,100,-0]}""",
        "\"[1.0E-5,0.001,1.0E-4,1234567.0,1.0E7,1.23456789E7,-0.0,3.14159E-10,9999999.0,100,0]\"")]
    [InlineData("States.JsonToString($.v)", """{"v":"é<\n"}""", "\"\\\"é<\\\\n\\\"\"")]
    [InlineData(
        "States.JsonMerge($.a, $.b, false)",
        """{"a":{"a":{"a1":1,"a2":2},"b":2,"d":3},"b":{"a":{"a3":1,"a4":2},"c":3,"d":4}}""",
        """{"a":{"a3":1,"a4":2},"b":2,"c":3,"d":4}""")]
    [InlineData(
        "States.JsonMerge(States.StringToJson('{\"x\": \"false\"}'), $.b, false)",
        """{"b":{"y":"v"}}""",
        """{"x":"false","y":"v"}""")]
    public void JsonFunction_Succeeds(string expression, string input, string expected) =>
        IntrinsicAssert.Yields(expression, input, expected);

    [Theory]
    [InlineData("States.StringToJson($.s)", """{"s":"{not json"}""", "Invalid arguments in States.StringToJson")]
    [InlineData("States.StringToJson($.s)", """{"s":{"k":1}}""", "Invalid arguments in States.StringToJson")]
    [InlineData("States.JsonMerge($.a, $.b, true)", """{"a":{},"b":{}}""", "Invalid arguments in States.JsonMerge")]
    [InlineData("States.JsonMerge($.a, $.b, false)", """{"a":{},"b":[1]}""", "Invalid arguments in States.JsonMerge")]
    [InlineData("States.JsonMerge($.a, $.b, $.c)", """{"a":{},"b":{},"c":"false"}""", "Invalid arguments in States.JsonMerge")]
    public void JsonFunction_BadArgument_FailsWithAwsCause(string expression, string input, string cause) =>
        IntrinsicAssert.FailsWith(expression, input, cause);
}

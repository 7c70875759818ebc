namespace MlOps.StepFunctions.Tests.Intrinsics;

public sealed class ArrayFunctionsTests
{
    [Theory]
    [InlineData("States.Array($.a, $.b)", """{"a":"x","b":{"k":[]}}""", """["x",{"k":[]}]""")]
    [InlineData("States.Array()", "{}", "[]")]
    [InlineData("States.ArrayPartition($.a, 2)", """{"a":[1,2,3,4,5]}""", "[[1,2],[3,4],[5]]")]
    [InlineData("States.ArrayPartition($.a, 5)", """{"a":[1,2]}""", "[[1,2]]")]
    [InlineData("States.ArrayPartition($.a, 1.9)", """{"a":[1,2]}""", "[[1],[2]]")]
    [InlineData("States.ArrayPartition($.a, 3)", """{"a":[]}""", "[]")]
    [InlineData("States.ArrayContains($.a, 2)", """{"a":[1,2,3]}""", "true")]
    [InlineData("States.ArrayContains($.a, $.v)", """{"a":[{"k":[1]},2],"v":{"k":[1]}}""", "true")]
    [InlineData("States.ArrayContains($.a, null)", """{"a":[[1,2,3],2]}""", "false")]
    [InlineData("States.ArrayContains($.a, $.v)", """{"a":[{"1":2,"2":[]}],"v":[]}""", "false")]
    [InlineData("States.ArrayRange(1, 9, 2)", "{}", "[1,3,5,7,9]")]
    [InlineData("States.ArrayRange(0, 10, 3)", "{}", "[0,3,6,9]")]
    [InlineData("States.ArrayRange(5, 1, -2)", "{}", "[5,3,1]")]
    [InlineData("States.ArrayRange(3, 3, -1)", "{}", "[3]")]
    [InlineData("States.ArrayRange(5, 1, 1)", "{}", "[]")]
    [InlineData("States.ArrayRange(1.6, 1.4, 1)", "{}", "[1]")]
    [InlineData("States.ArrayRange(5.4, -0.6, -2.4)", "{}", "[5,3,1]")]
    [InlineData("States.ArrayLength(States.ArrayRange(1, 1000, 1))", "{}", "1000")]
    [InlineData("States.ArrayGetItem($.a, 5)", """{"a":[1,2,3,4,5,6,7,8,9]}""", "6")]
    [InlineData("States.ArrayGetItem($.a, 0)", """{"a":[{"k":"v"}]}""", """{"k":"v"}""")]
    [InlineData("States.ArrayLength($)", "[1,2,3]", "3")]
    [InlineData("States.ArrayLength($.a)", """{"a":[]}""", "0")]
    [InlineData("States.ArrayUnique($.a)", """{"a":[1,2,2,"2",{"k":1},{"k":1},null,null]}""", """[1,2,"2",{"k":1},null]""")]
    public void ArrayFunction_Succeeds(string expression, string input, string expected) =>
        IntrinsicAssert.Yields(expression, input, expected);

    [Theory]
    [InlineData("States.ArrayPartition($.a, 0)", """{"a":[1]}""", "Invalid arguments in States.ArrayPartition")]
    [InlineData("States.ArrayPartition($.a, 0.49)", """{"a":[1]}""", "Invalid arguments in States.ArrayPartition")]
    [InlineData("States.ArrayPartition($.a, -1)", """{"a":[1]}""", "Invalid arguments in States.ArrayPartition")]
    [InlineData("States.ArrayPartition($.a, 1)", """{"a":"x"}""", "Invalid arguments in States.ArrayPartition")]
    [InlineData("States.ArrayContains($.a, 1)", """{"a":{"k":1}}""", "Invalid arguments in States.ArrayContains")]
    [InlineData("States.ArrayRange(1, 10, 0)", "{}", "Invalid arguments in States.ArrayRange")]
    [InlineData("States.ArrayRange(1, 10, 0.49)", "{}", "Invalid arguments in States.ArrayRange")]
    [InlineData("States.ArrayRange(1, 1001, 1)", "{}", "Invalid arguments in States.ArrayRange")]
    [InlineData("States.ArrayRange(1001, 1, -1)", "{}", "Invalid arguments in States.ArrayRange")]
    [InlineData("States.ArrayRange($.s, 5, 1)", """{"s":"a"}""", "Invalid arguments in States.ArrayRange")]
    [InlineData("States.ArrayRange(0, 3000000000, 1)", "{}", "Invalid arguments in States.ArrayRange")]
    [InlineData("States.ArrayGetItem($.a, 3)", """{"a":[1,2,3]}""", "Invalid arguments in States.ArrayGetItem")]
    [InlineData("States.ArrayGetItem($.a, -1)", """{"a":[1,2,3]}""", "Invalid arguments in States.ArrayGetItem")]
    [InlineData("States.ArrayGetItem($.a, $.i)", """{"a":[1],"i":"0"}""", "Invalid arguments in States.ArrayGetItem")]
    [InlineData("States.ArrayLength($.a)", """{"a":"abc"}""", "Invalid arguments in States.ArrayLength")]
    [InlineData("States.ArrayLength($.a)", """{"a":null}""", "Invalid arguments in States.ArrayLength")]
    [InlineData("States.ArrayUnique($.a)", """{"a":{}}""", "Invalid arguments in States.ArrayUnique")]
    public void ArrayFunction_BadArgument_FailsWithAwsCause(string expression, string input, string cause) =>
        IntrinsicAssert.FailsWith(expression, input, cause);
}

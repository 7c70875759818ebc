using MlOps.StepFunctions.Intrinsics;

namespace MlOps.StepFunctions.Tests.Intrinsics;

public sealed class IntrinsicParserTests
{
    [Theory]
    [InlineData("States.Format('x')", true)]
    [InlineData("States.Anything", true)]
    [InlineData("$.a", false)]
    [InlineData("states.Format('x')", false)]
    [InlineData(" States.Format('x')", false)]
    public void IsIntrinsic_ChecksTheStatesPrefix(string text, bool expected) =>
        Assert.Equal(expected, IntrinsicExpression.IsIntrinsic(text));

    [Theory]
    [InlineData("States.Array()", "[]")]
    [InlineData("States.Array( 1 , -2 , 3.5 , -0.25 , 1e3 )", "[1,-2,3.5,-0.25,1e3]")]
    [InlineData("States.Array(true, false, null)", "[true,false,null]")]
    [InlineData("States.Array('it\\'s', '\\{\\}', 'back\\\\slash', '')", "[\"it's\",\"{}\",\"back\\\\slash\",\"\"]")]
    [InlineData("States.Array('a,b)', 'c(d')", "[\"a,b)\",\"c(d\"]")]
    [InlineData("States.Array($, $.a, $.b[1], $.c.d)", "[{\"a\":1,\"b\":[10,20],\"c\":{\"d\":\"x\"}},1,20,\"x\"]")]
    [InlineData("States.Array($$.StateMachine.Name)", "[\"train-model-pipeline\"]")]
    [InlineData("States.Array(States.Array(States.Array($.a)))", "[[[1]]]")]
    [InlineData("States.Array($.a,$.a)", "[1,1]")]
    [InlineData("States.Array(   )", "[]")]
    public void Parse_AcceptsEveryArgumentForm(string expression, string expected) =>
        IntrinsicAssert.Yields(expression, """{"a":1,"b":[10,20],"c":{"d":"x"}}""", expected);

    [Fact]
    public void Parse_ResolvesVariablesAndTheirFields()
    {
        var result = IntrinsicRunner.Evaluate("States.Array($count, $config.name)", "{}", """{"count":3,"config":{"name":"m"}}""");
        Assert.Equal("""[3,"m"]""", result!.ToJsonString());
    }

    [Fact]
    public void Parse_KeepsTheSourceText()
    {
        const string text = "States.UUID()";
        Assert.Equal(text, IntrinsicExpression.Parse(text).Text);
    }

    [Theory]
    [InlineData("States.Foo(1)", "position 1: unknown intrinsic function 'States.Foo'")]
    [InlineData("States.Array(States.Nope())", "position 14: unknown intrinsic function 'States.Nope'")]
    [InlineData("States.format('x')", "unknown intrinsic function 'States.format'")]
    [InlineData("States.Array(1", "position 15: expected ',' or ')' but found the end of the text")]
    [InlineData("States.Array(1,)", "position 16: expected an argument")]
    [InlineData("States.Array(,1)", "position 14: expected an argument")]
    [InlineData("States.Array 1)", "position 14: expected '(' after the function name but found '1'")]
    [InlineData("States.Array(1) x", "position 17: expected the end of the text after the closing ')'")]
    [InlineData("States.Array(1))", "position 16: expected the end of the text")]
    [InlineData("States.Array('abc)", "position 14: unterminated string literal")]
    [InlineData("States.Array('a\\nb')", "position 16: invalid escape sequence '\\n'")]
    [InlineData("States.Array(\"x\")", "position 14: unexpected character '\"'")]
    [InlineData("States.Array(-x)", "position 14: '-' must be followed by a digit")]
    [InlineData("States.Array(1.)", "decimal point must be followed by a digit")]
    [InlineData("States.Array(12ab)", "position 16: unexpected character 'a' in a number")]
    [InlineData("States.Array(True)", "position 14: expected a States.* function call or an argument (string, number, true, false, null or path) but found 'True'")]
    [InlineData("States.Array(nullx)", "but found 'nullx'")]
    [InlineData("Foo.Bar(1)", "position 1: expected a States.* function name but found 'Foo.Bar'")]
    [InlineData("States.Array($.a b)", "position 18: expected ',' or ')' but found 'b'")]
    [InlineData("States.Array($.a[0)", "position 14: unterminated '[' or quote in path")]
    [InlineData("States.Array($.)", "path '$.' ends with '.'")]
    [InlineData("States.Array($$x)", "invalid path '$$x'")]
    [InlineData("States.Array($1)", "invalid path '$1'")]
    [InlineData("States.Array(1e999)", "number 1e999 is out of range")]
    [InlineData("$.a", "position 1: expected a States.* function name but found '$.a'")]
    [InlineData("", "position 1: expected a States.* function name but found the end of the text")]
    public void Parse_SyntaxError_NamesProblemAndPosition(string expression, string expectedMessagePart)
    {
        var error = Assert.Throws<IntrinsicParseException>(() => IntrinsicExpression.Parse(expression));
        Assert.Contains(expectedMessagePart, error.Message, StringComparison.Ordinal);
        Assert.Contains(expression, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("States.UUID(1)", "position 14: States.UUID takes exactly 0 arguments but was given 1")]
    [InlineData("States.ArrayRange(1, 5)", "position 23: States.ArrayRange takes exactly 3 arguments but was given 2")]
    [InlineData("States.MathRandom(1)", "States.MathRandom takes 2 to 3 arguments but was given 1")]
    [InlineData("States.Format()", "States.Format takes at least 1 argument but was given 0")]
    [InlineData("States.ArrayLength($.a, $.b)", "States.ArrayLength takes exactly 1 argument but was given 2")]
    public void Parse_WrongArity_IsADefinitionError(string expression, string expectedMessagePart)
    {
        var error = Assert.Throws<IntrinsicParseException>(() => IntrinsicExpression.Parse(expression));
        Assert.Contains(expectedMessagePart, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("States.MathAdd('1', 2)", "position 16: argument 1 (left) of States.MathAdd must be a number, not a string")]
    [InlineData("States.ArrayLength('abc')", "argument 1 (array) of States.ArrayLength must be an array, not a string")]
    [InlineData("States.Format(1, 2)", "argument 1 (template) of States.Format must be a string, not a number")]
    [InlineData("States.JsonMerge($.a, $.b, 'false')", "position 28: argument 3 (deepMerge) of States.JsonMerge must be a boolean, not a string")]
    [InlineData("States.Hash(null, 'MD5')", "argument 1 (data) of States.Hash must be a string, not null")]
    public void Parse_LiteralOfWrongType_IsADefinitionError(string expression, string expectedMessagePart)
    {
        var error = Assert.Throws<IntrinsicParseException>(() => IntrinsicExpression.Parse(expression));
        Assert.Contains(expectedMessagePart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NestingDeeperThanTheLimit_IsADefinitionError()
    {
        string Nest(int depth) => string.Concat(Enumerable.Repeat("States.Array(", depth)) + new string(')', depth);
        Assert.NotNull(IntrinsicExpression.Parse(Nest(64)));
        var error = Assert.Throws<IntrinsicParseException>(() => IntrinsicExpression.Parse(Nest(10_000)));
        Assert.Contains("nested more than 64 deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_LetsThePathResolversOwnErrorThrough() =>
        Assert.Throws<PathNotFoundException>(() => IntrinsicRunner.Evaluate("States.ArrayLength($.missing)"));

    [Fact]
    public void Evaluate_ResultIsDetachedFromTheInput()
    {
        var input = System.Text.Json.Nodes.JsonNode.Parse("""{"a":{"k":1}}""")!;
        var expression = IntrinsicExpression.Parse("States.Array($.a, $.a)");
        var result = expression.Evaluate(_ => input["a"]);
        Assert.Null(result!.Parent);
        Assert.Equal("""{"a":{"k":1}}""", input.ToJsonString());
        Assert.Equal("""[{"k":1},{"k":1}]""", result.ToJsonString());
    }
}

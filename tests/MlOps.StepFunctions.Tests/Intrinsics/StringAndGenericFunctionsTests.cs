using System.Text.RegularExpressions;

namespace MlOps.StepFunctions.Tests.Intrinsics;

public sealed partial class StringAndGenericFunctionsTests
{
    [Theory]
    [InlineData("States.StringSplit($.s, ',')", """{"s":"1,2,3,4,5"}""", """["1","2","3","4","5"]""")]
    [InlineData("States.StringSplit($.s, ',')", """{"s":", , ,"}""", """[" "," "]""")]
    [InlineData("States.StringSplit($.s, ',')", """{"s":",,,,"}""", "[]")]
    [InlineData("States.StringSplit($.s, $.d)", """{"s":"split on T and \nnew line","d":"T\n"}""", """["split on "," and ","new line"]""")]
    [InlineData("States.StringSplit($.s, '')", """{"s":"a b"}""", """["a b"]""")]
    [InlineData("States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), 0)", "{}", "\"train\"")]
    [InlineData("States.Format('Formatting argument {}.', $.v)", """{"v":"HelloWorld"}""", "\"Formatting argument HelloWorld.\"")]
    [InlineData("States.Format('Formatting argument {}.', $.v)", """{"v":null}""", "\"Formatting argument null.\"")]
    [InlineData("States.Format('Formatting argument {}.', $.v)", """{"v":1.1}""", "\"Formatting argument 1.1.\"")]
    [InlineData("States.Format('{}', $.v)", """{"v":{"Arg1":1,"Arg2":[]}}""", "\"{Arg1=1, Arg2=[]}\"")]
    [InlineData("States.Format('{}', $.v)", """{"v":[1,"a",{"b":null},true]}""", "\"[1, a, {b=null}, true]\"")]
    [InlineData("States.Format('{}|{}|{}', $.a, $.b, $.c)", """{"a":false,"b":-1,"c":3.5}""", "\"false|-1|3.5\"")]
    [InlineData("States.Format('fst={} and snd={}.', $.a, $.b)", """{"a":" ","b":" "}""", "\"fst=  and snd= .\"")]
    [InlineData("States.Format('no placeholders')", "{}", "\"no placeholders\"")]
    [InlineData("States.Format('\\{\\} {} \\'q\\'', 'x')", "{}", "\"{} x 'q'\"")]
    [InlineData("States.Format($.t, $.n)", """{"t":"Hello {}","n":"Ada"}""", "\"Hello Ada\"")]
    [InlineData("States.Format('arn:{}:{}', $.svc, States.JsonToString($.o))", """{"svc":"lambda","o":{"k":1}}""", "\"arn:lambda:{\\\"k\\\":1}\"")]
    public void StringOrFormat_Succeeds(string expression, string input, string expected) =>
        IntrinsicAssert.Yields(expression, input, expected);

    [Theory]
    [InlineData("States.StringSplit($.s, ',')", """{"s":1}""", "Invalid arguments in States.StringSplit")]
    [InlineData("States.StringSplit('a', $.d)", """{"d":null}""", "Invalid arguments in States.StringSplit")]
    [InlineData("States.Format('{} {}', $.a)", """{"a":"x"}""", "Invalid arguments in States.Format")]
    [InlineData("States.Format('{}', $.a, $.b)", """{"a":"x","b":"y"}""", "Invalid arguments in States.Format")]
    [InlineData("States.Format('Hello {', $.a)", """{"a":"x"}""", "Invalid arguments in States.Format")]
    [InlineData("States.Format('}')", "{}", "Invalid arguments in States.Format")]
    [InlineData("States.Format($.t, 1)", """{"t":123}""", "Invalid arguments in States.Format")]
    public void StringOrFormat_BadArgument_FailsWithAwsCause(string expression, string input, string cause) =>
        IntrinsicAssert.FailsWith(expression, input, cause);

    [Fact]
    public void Uuid_IsAFreshVersion4Uuid()
    {
        var first = IntrinsicRunner.Evaluate("States.UUID()")!.GetValue<string>();
        var second = IntrinsicRunner.Evaluate("States.UUID()")!.GetValue<string>();
        Assert.Matches(UuidV4(), first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Uuid_WithAnArgument_IsADefinitionError() =>
        Assert.Throws<MlOps.StepFunctions.Intrinsics.IntrinsicParseException>(() => IntrinsicRunner.Evaluate("States.UUID('x')"));

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidV4();
}

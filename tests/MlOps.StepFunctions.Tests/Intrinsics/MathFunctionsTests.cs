namespace MlOps.StepFunctions.Tests.Intrinsics;

public sealed class MathFunctionsTests
{
    [Theory]
    [InlineData(-9, 3, -6)]
    [InlineData(1.49, 1.5, 3)]
    [InlineData(1.5, 1.51, 4)]
    [InlineData(-1.49, -1.5, -2)]
    [InlineData(-1.51, 0, -2)]
    [InlineData(0.5, 0, 1)]
    [InlineData(2.5, 0, 3)]
    [InlineData(-0.5, 0.5, 1)]
    [InlineData(-2.5, 0, -2)]
    [InlineData(0.49999999999999994, 0, 0)]
    [InlineData(2147483647, 2147483647, 4294967294)]
    public void MathAdd_RoundsEachArgumentHalfUpLikeJava(double left, double right, long expected) =>
        IntrinsicAssert.Yields(
            "States.MathAdd($.l, $.r)",
            $$"""{"l":{{left.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"r":{{right.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}""",
            expected.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("States.MathAdd(States.MathAdd(1, 2), -1)", "{}", "2")]
    [InlineData("States.MathRandom(0, 10, 42)", "{}", "0")]
    [InlineData("States.MathRandom(0, 1000, 42)", "{}", "130")]
    [InlineData("States.MathRandom(0, 16, 42)", "{}", "11")]
    [InlineData("States.MathRandom(100, 116, 42)", "{}", "111")]
    [InlineData("States.MathRandom(1, 1000, -7)", "{}", "176")]
    [InlineData("States.MathRandom(0, 2147483647, 123456789)", "{}", "1426010965")]
    [InlineData("States.MathRandom(5, 6)", "{}", "5")]
    public void MathFunction_Succeeds(string expression, string input, string expected) =>
        IntrinsicAssert.Yields(expression, input, expected);

    [Fact]
    public void MathRandom_Unseeded_StaysInTheHalfOpenInterval()
    {
        for (var i = 0; i < 50; i++)
        {
            var value = IntrinsicRunner.Evaluate("States.MathRandom(-3, 3)")!.GetValue<long>();
            Assert.InRange(value, -3, 2);
        }
    }

    [Theory]
    [InlineData("States.MathAdd($.a, 1)", """{"a":"1"}""", "Invalid arguments in States.MathAdd")]
    [InlineData("States.MathAdd($.a, 1)", """{"a":null}""", "Invalid arguments in States.MathAdd")]
    [InlineData("States.MathAdd($.a, 1)", """{"a":2147483648}""", "Invalid arguments in States.MathAdd")]
    [InlineData("States.MathRandom(1.4, 1.6)", "{}", "Invalid arguments in States.MathRandom")]
    [InlineData("States.MathRandom(10, 1)", "{}", "Invalid arguments in States.MathRandom")]
    [InlineData("States.MathRandom($.a, 10)", """{"a":"0"}""", "Invalid arguments in States.MathRandom")]
    public void MathFunction_BadArgument_FailsWithAwsCause(string expression, string input, string cause) =>
        IntrinsicAssert.FailsWith(expression, input, cause);
}

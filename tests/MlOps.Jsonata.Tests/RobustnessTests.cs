using MlOps.Jsonata.Tests.Support;

namespace MlOps.Jsonata.Tests;

/// <summary>Inputs found by mutating the official suite's expressions: each must give a value or a JSONata error.</summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData("Employee@$e.(Contact)[ssn = $e.SSN]{ $e.FirstName: Phone.number }", "{}")]
    [InlineData("$substring('abc', $missing)", "\"abc\"")]
    [InlineData("$pad('abc', $missing)", "\"abc\"")]
    [InlineData("$lookup({'a': 1}, $missing)", "undefined")]
    [InlineData("$formatInteger(1, $missing)", "undefined")]
    [InlineData("$base64decode('aGk=!')", "\"hi\"")]
    [InlineData("$fromMillis(0, '[Y,x]')", "\"1970\"")]
    public void Odd_arguments_give_values_not_crashes(string expr, string expected) => Assert.Equal(expected, Eval.Run(expr));

    [Theory]
    [InlineData("$toMillis('0000-01-01', '[Y0001]-[M01]-[D01]')", "D3110")]
    [InlineData("$eval('(')", "D3120")]
    [InlineData("$eval('$error(\"x\")')", "D3121")]
    [InlineData("$split('a', 'b', -1)", "D3020")]
    public void Bad_arguments_give_jsonata_errors(string expr, string code) => Assert.Equal(code, Eval.ErrorCode(expr));
}

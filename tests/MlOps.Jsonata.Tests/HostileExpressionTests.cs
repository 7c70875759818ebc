using MlOps.Jsonata.Tests.Support;

namespace MlOps.Jsonata.Tests;

/// <summary>Hostile expression shapes end in a syntax error or a limit error, never a crashed process.</summary>
public sealed class HostileExpressionTests
{
    [Fact]
    public void Deeply_nested_parentheses_are_a_syntax_error() =>
        Assert.Equal("S0201", Assert.Throws<JsonataException>(() => JsonataExpression.Parse(new string('(', 100_000) + "1" + new string(')', 100_000))).Code);

    [Fact]
    public void Very_long_operator_chains_are_a_syntax_error_not_a_stack_overflow() =>
        Assert.Equal("S0201", Assert.Throws<JsonataException>(() => JsonataExpression.Parse("a" + string.Concat(Enumerable.Repeat(".b", 200_000)))).Code);

    [Fact]
    public void Long_but_reasonable_chains_evaluate() =>
        Assert.Equal("1001", Eval.Run("1" + string.Concat(Enumerable.Repeat("+1", 1000))));
}

using MlOps.Jsonata.Tests.Support;

namespace MlOps.Jsonata.Tests;

public sealed class ErrorAndLimitTests
{
    [Theory]
    [InlineData("1 +", "S0207")]
    [InlineData("'abc", "S0101")]
    [InlineData("[1,2", "S0203")]
    [InlineData("(1 2)", "S0202")]
    [InlineData("a.1", "S0213")]
    [InlineData("1 := 2", "S0212")]
    [InlineData("a@b", "S0214")]
    [InlineData("%", "S0217")]
    [InlineData("/ab", "S0302")]
    [InlineData("function($a, b){1}", "S0208")]
    public void Syntax_errors_carry_jsonata_codes(string expr, string code) =>
        Assert.Equal(code, Assert.Throws<JsonataException>(() => JsonataExpression.Parse(expr)).Code);

    [Theory]
    [InlineData("'a' + 1", "T2001")]
    [InlineData("1 + 'a'", "T2002")]
    [InlineData("1 < 'a'", "T2009")]
    [InlineData("true < 1", "T2010")]
    [InlineData("-'a'", "D1002")]
    [InlineData("$length(1)", "T0410")]
    [InlineData("$sum(['a'])", "T0412")]
    [InlineData("$foo()", "T1006")]
    [InlineData("{1: 2}", "T1003")]
    [InlineData("[1..1e8]", "D2014")]
    [InlineData("$number('x')", "D3030")]
    [InlineData("$error('boom')", "D3137")]
    [InlineData("$assert(false)", "D3141")]
    [InlineData("$string(1/0)", "D3001")]
    [InlineData("[1,'a']^($)", "T2007")]
    [InlineData("$single([1,2])", "D3138")]
    [InlineData("$formatNumber(1, '#;#;#')", "D3080")]
    public void Evaluation_errors_carry_jsonata_codes(string expr, string code) => Assert.Equal(code, Eval.ErrorCode(expr));

    [Fact]
    public void Parse_error_reports_position_and_token()
    {
        var ex = Assert.Throws<JsonataException>(() => JsonataExpression.Parse("a.b ! c"));
        Assert.Equal("S0204", ex.Code);
        Assert.Equal(4, ex.Position);
        Assert.Equal("!", ex.Token);
    }

    [Fact]
    public void Runaway_non_tail_recursion_stops_with_U1001_at_the_depth_limit() =>
        Assert.Equal("U1001", Eval.ErrorCode("($inf := function($n){$n + $inf($n - 1)}; $inf(1))", null, new JsonataLimits { MaxDepth = 300 }));

    [Fact]
    public void Infinite_tail_recursion_stops_with_U1001_at_the_time_limit() =>
        Assert.Equal("U1001", Eval.ErrorCode("($inf := function(){$inf()}; $inf())", null, new JsonataLimits { MaxDepth = 500, TimeLimit = TimeSpan.FromMilliseconds(200) }));

    [Fact]
    public void Mutual_tail_recursion_runs_in_constant_depth()
    {
        const string expr = "($even := function($n){$n = 0 ? true : $odd($n - 1)}; $odd := function($n){$n = 0 ? false : $even($n - 1)}; $odd(6555))";
        Assert.Equal("true", Eval.Run(expr, null, new JsonataLimits { MaxDepth = 500 }));
    }

    [Fact]
    public void Deep_non_tail_recursion_within_the_depth_limit_succeeds_without_stack_overflow()
    {
        const string expr = "($f := function($n){$n = 0 ? 0 : 1 + $f($n - 1)}; $f(3000))";
        Assert.Equal("3000", Eval.Run(expr, null, new JsonataLimits { MaxDepth = 100_000 }));
    }

    [Fact]
    public void Large_ranges_do_not_recurse_per_element() =>
        Assert.Equal("1000000", Eval.Run("[1..1000000] ~> $count()", null, new JsonataLimits { MaxDepth = 10 }));
}

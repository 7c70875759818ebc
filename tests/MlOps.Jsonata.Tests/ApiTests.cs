using System.Text.Json.Nodes;
using MlOps.Jsonata.Tests.Support;

namespace MlOps.Jsonata.Tests;

public sealed class ApiTests
{
    [Fact]
    public void Undefined_and_null_are_distinct()
    {
        var missing = JsonataExpression.Parse("a").Evaluate(Eval.Node("{\"b\":1}"));
        Assert.True(missing.IsUndefined);
        var nul = JsonataExpression.Parse("a").Evaluate(Eval.Node("{\"a\":null}"));
        Assert.False(nul.IsUndefined);
        Assert.Null(nul.Value);
        Assert.Equal("null", nul.ToJsonString());
    }

    [Fact]
    public void Undefined_input_differs_from_null_input()
    {
        var expr = JsonataExpression.Parse("$type($)");
        Assert.True(expr.Evaluate(null, inputIsUndefined: true).IsUndefined);
        Assert.Equal("\"null\"", expr.Evaluate(null).ToJsonString());
    }

    [Fact]
    public void Bindings_become_variables()
    {
        var bindings = new Dictionary<string, JsonNode?> { ["two"] = JsonValue.Create(2), ["list"] = new JsonArray(1, 2) };
        var result = JsonataExpression.Parse("$two * $sum($list)").Evaluate(null, true, bindings);
        Assert.Equal(6, result.Value!.GetValue<double>());
    }

    [Fact]
    public void Host_functions_can_be_bound_with_a_signature()
    {
        var expr = JsonataExpression.Parse("$greet('Ada', $)")
            .WithFunction("greet", args => JsonataResult.FromNode(JsonValue.Create($"hi {args[0].Value} #{args[1].Value}")), "<sn:s>");
        Assert.Equal("\"hi Ada #7\"", expr.Evaluate(JsonValue.Create(7)).ToJsonString());
        Assert.Equal("T0410", Assert.Throws<JsonataException>(() => expr.Evaluate(JsonValue.Create("x"))).Code);
    }

    [Fact]
    public void A_converted_input_can_be_reused_across_expressions()
    {
        var input = JsonataInput.FromJson("{\"a\":[1,2,3]}");
        Assert.Equal("6", JsonataExpression.Parse("$sum(a)").EvaluateInput(input).ToJsonString());
        Assert.Equal("3", JsonataExpression.Parse("$count(a)").EvaluateInput(input).ToJsonString());
    }

    [Fact]
    public void Transforms_do_not_modify_the_input()
    {
        var input = JsonataInput.FromJson("{\"a\":{\"b\":1}}");
        JsonataExpression.Parse("$ ~> |a|{'b': 2}|").EvaluateInput(input);
        Assert.Equal("1", JsonataExpression.Parse("a.b").EvaluateInput(input).ToJsonString());
    }

    [Fact]
    public void Functions_as_results_render_as_empty_strings() =>
        Assert.Equal("\"\"", JsonataExpression.Parse("$sum").Evaluate(null, true).ToJsonString());
}

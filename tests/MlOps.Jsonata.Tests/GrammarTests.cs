using MlOps.Jsonata.Tests.Support;

namespace MlOps.Jsonata.Tests;

public sealed class GrammarTests
{
    private const string Orders = """
        {"Account":{"Name":"Firefly","Order":[
          {"OrderID":"o1","Product":[{"Name":"Hat","SKU":"h1","Price":34.45,"Quantity":2},{"Name":"Bag","SKU":"b1","Price":21.67,"Quantity":1}]},
          {"OrderID":"o2","Product":[{"Name":"Hat","SKU":"h1","Price":34.45,"Quantity":4},{"Name":"Cloak","SKU":"c1","Price":107.99,"Quantity":1}]}]}}
        """;

    [Theory]
    [InlineData("Account.Name", "\"Firefly\"")]
    [InlineData("Account.Order.OrderID", "[\"o1\",\"o2\"]")]
    [InlineData("Account.Order[0].OrderID", "\"o1\"")]
    [InlineData("Account.Order[-1].OrderID", "\"o2\"")]
    [InlineData("Account.Order.Product[Price > 100].Name", "\"Cloak\"")]
    [InlineData("Account.Order.Product[0].Name", "[\"Hat\",\"Hat\"]")]
    [InlineData("(Account.Order.Product)[0].Name", "\"Hat\"")]
    [InlineData("Account.Order[0].Product.Name[]", "[\"Hat\",\"Bag\"]")]
    [InlineData("Account.Order[OrderID='o2'].Product.Name[0]", "[\"Hat\",\"Cloak\"]")]
    [InlineData("Account.Order[OrderID='o2'].(Product.Name)[0]", "\"Hat\"")]
    [InlineData("Account.Missing", "undefined")]
    [InlineData("`Account`.`Name`", "\"Firefly\"")]
    public void Paths_and_predicates_select_values(string expr, string expected) =>
        Assert.Equal(expected, Eval.Run(expr, Orders));

    [Theory]
    [InlineData("Account.*.OrderID", "[\"o1\",\"o2\"]")]
    [InlineData("**.SKU", "[\"h1\",\"b1\",\"h1\",\"c1\"]")]
    [InlineData("Account.Order.Product.{'order': %.OrderID, 'sku': SKU}[0]", "{\"order\":\"o1\",\"sku\":\"h1\"}")]
    [InlineData("Account.Order#$i.Product[$i = 1].SKU", "[\"h1\",\"c1\"]")]
    [InlineData("Account.Order@$o.$o.Product.SKU", "[\"h1\",\"b1\",\"h1\",\"c1\"]")]
    [InlineData("Account.Order.Product^(>Price).Name", "[\"Cloak\",\"Hat\",\"Hat\",\"Bag\"]")]
    [InlineData("Account.Order.Product^(Name, >Quantity).Quantity", "[1,1,4,2]")]
    [InlineData("Account.Order.Product{Name: $sum(Quantity)}", "{\"Hat\":6,\"Bag\":1,\"Cloak\":1}")]
    [InlineData("Account.Order.Product.Name{$: $count($)}", "{\"Hat\":2,\"Bag\":1,\"Cloak\":1}")]
    public void Wildcards_descendants_bindings_sorting_and_grouping(string expr, string expected) =>
        Assert.Equal(expected, Eval.Run(expr, Orders));

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("7 % 4 - -1", "4")]
    [InlineData("10 / 4", "2.5")]
    [InlineData("'a' & 1 & true & null", "\"a1truenull\"")]
    [InlineData("1 < 2 and 'b' >= 'a'", "true")]
    [InlineData("false or 0", "false")]
    [InlineData("3 in [1,2,3]", "true")]
    [InlineData("[1,2] = [1,2]", "true")]
    [InlineData("{'a':1} != {'a':1}", "false")]
    [InlineData("[1..5]", "[1,2,3,4,5]")]
    [InlineData("[1, [2, 3], 4..5]", "[1,[2,3],4,5]")]
    [InlineData("true ? 'y' : 'n'", "\"y\"")]
    [InlineData("false ? 'y'", "undefined")]
    [InlineData("($x := 5; $y := $x * 2; $y)", "10")]
    [InlineData("/* comment */ 42", "42")]
    [InlineData("{'k': [1,2]}.k", "[1,2]")]
    public void Operators_literals_conditionals_blocks(string expr, string expected) =>
        Assert.Equal(expected, Eval.Run(expr));

    [Theory]
    [InlineData("(function($x){$x * 2})(21)", "42")]
    [InlineData("λ($x){$x + 1}(1)", "2")]
    [InlineData("($add := function($a, $b){$a + $b}; $inc := $add(?, 1); $inc(41))", "42")]
    [InlineData("($f := function($s)<s:s>{$uppercase($s)}; $f('x'))", "\"X\"")]
    [InlineData("'hello' ~> $uppercase()", "\"HELLO\"")]
    [InlineData("($f := $uppercase ~> $substring(?, 0, 2); $f('hello'))", "\"HE\"")]
    [InlineData("($counter := function($n){ $n = 0 ? 0 : 1 + $counter($n - 1) }; $counter(50))", "50")]
    [InlineData("($make := function($k){ function(){ $k } }; $make(7)())", "7")]
    [InlineData("'abc' ~> /b/", "{\"match\":\"b\",\"start\":1,\"end\":2,\"groups\":[],\"next\":\"\"}")]
    public void Lambdas_partial_application_chaining_closures(string expr, string expected) =>
        Assert.Equal(expected, Eval.Run(expr));

    [Theory]
    [InlineData("$ ~> |a|{'x': 1}|", "{\"a\":{\"b\":2,\"x\":1}}")]
    [InlineData("$ ~> |a|{}, 'b'|", "{\"a\":{}}")]
    [InlineData("$ ~> |**[b > 1]|{'b': b * 10}|", "{\"a\":{\"b\":20}}")]
    public void Transforms_copy_and_modify(string expr, string expected) =>
        Assert.Equal(expected, Eval.Run(expr, "{\"a\":{\"b\":2}}"));

    [Fact]
    public void Array_input_is_treated_as_a_single_context_value()
    {
        Assert.Equal("[1,2,3]", Eval.Run("$", "[1,2,3]"));
        Assert.Equal("2", Eval.Run("$[1]", "[1,2,3]"));
        Assert.Equal("[\"x\",\"y\"]", Eval.Run("a", "[{\"a\":\"x\"},{\"a\":\"y\"}]"));
    }
}

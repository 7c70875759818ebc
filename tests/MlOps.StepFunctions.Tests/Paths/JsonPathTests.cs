using System.Text.Json.Nodes;
using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Tests.Paths;

public sealed class JsonPathTests
{
    private const string Doc = """
        {"store":{"book":[{"title":"A","price":8,"tag":"x"},{"title":"B","price":12},{"title":"C","price":5,"tag":"y"}],
         "name-with-dash":1},"items":[1,2,3,4,5],"Test\\\"\"Name\"":"v"}
        """;

    [Theory]
    [InlineData("$.store.book[0].title", "\"A\"")]
    [InlineData("$.store.book[-1].title", "\"C\"")]
    [InlineData("$.store.name-with-dash", "1")]
    [InlineData("$['store']['book'][1]['price']", "12")]
    [InlineData("$.store.book[*].title", "[\"A\",\"B\",\"C\"]")]
    [InlineData("$.items[1:3]", "[2,3]")]
    [InlineData("$.items[:2]", "[1,2]")]
    [InlineData("$.items[3:]", "[4,5]")]
    [InlineData("$.items[::2]", "[1,3,5]")]
    [InlineData("$.items[0,4]", "[1,5]")]
    [InlineData("$..price", "[8,12,5]")]
    [InlineData("$.store.book[?(@.price < 10)].title", "[\"A\",\"C\"]")]
    [InlineData("$.store.book[?(@.tag)].title", "[\"A\",\"C\"]")]
    [InlineData("$.store.book[?(@.price > 6 && @.tag == 'x')].title", "[\"A\"]")]
    [InlineData("$.store.book[(@.length-1)].title", "\"C\"")]
    [InlineData("$.missing[*].x", "[]")]
    public void Evaluate_SelectsLikeJayway(string path, string expected)
    {
        var result = JsonPath.Parse(path).Evaluate(JsonNode.Parse(Doc));
        Assert.Equal(expected, TestEngine.Json(result));
    }

    [Fact]
    public void Evaluate_QuotedNameWithEscapedQuote_KeepsOtherBackslashes()
    {
        var result = JsonPath.Parse("$['Test\\\"\"Name\"']").Evaluate(JsonNode.Parse(Doc));
        Assert.Equal("\"v\"", TestEngine.Json(result));
    }

    [Theory]
    [InlineData("$.nope", "No results for path: $['nope']")]
    [InlineData("$.nope.deeper", "Missing property in path $['nope']")]
    public void Evaluate_DefiniteMiss_ThrowsJaywayMessage(string path, string message)
    {
        var ex = Assert.Throws<JsonPathException>(() => JsonPath.Parse(path).Evaluate(JsonNode.Parse(Doc)));
        Assert.Equal(message, ex.Message);
    }

    [Theory]
    [InlineData("$$.Execution.Id", PathRoot.Context, null)]
    [InlineData("$myVar.field", PathRoot.Variable, "myVar")]
    [InlineData("$", PathRoot.Input, null)]
    public void Parse_RecognisesRoots(string text, PathRoot root, string? variable)
    {
        var path = JsonPath.Parse(text);
        Assert.Equal(root, path.Root);
        Assert.Equal(variable, path.VariableName);
    }

    [Theory]
    [InlineData("store")]
    [InlineData("$.a[")]
    [InlineData("$.a[1:2:0]")]
    [InlineData("$[?(@.a == )]")]
    public void Parse_InvalidText_ThrowsFormatException(string text) =>
        Assert.Throws<FormatException>(() => JsonPath.Parse(text));

    [Theory]
    [InlineData("$.a.b", "{}", "{\"a\":{\"b\":1}}")]
    [InlineData("$.x", "{\"x\":0,\"y\":2}", "{\"x\":1,\"y\":2}")]
    [InlineData("$", "{\"x\":0}", "1")]
    public void ReferencePath_Apply_PlacesResult(string path, string input, string expected) =>
        Assert.Equal(expected, TestEngine.Json(ReferencePath.Parse(path).Apply(JsonNode.Parse(input), JsonValue.Create(1))));

    [Fact]
    public void ReferencePath_ThroughScalar_Throws() =>
        Assert.Throws<JsonPathException>(() => ReferencePath.Parse("$.a.b").Apply(JsonNode.Parse("{\"a\":3}"), JsonValue.Create(1)));

    [Theory]
    [InlineData("$.a.b", "{\"a\":3}")]
    [InlineData("$.a[0]", "{}")]
    [InlineData("$.a[5]", "{\"a\":[1]}")]
    [InlineData("$.a.b", "{\"a\":[1]}")]
    public void ReferencePath_Unapplicable_ThrowsAndLeavesInputUnchanged(string path, string input)
    {
        var doc = JsonNode.Parse(input);
        Assert.Throws<JsonPathException>(() => ReferencePath.Parse(path).Apply(doc, JsonValue.Create(1)));
        Assert.Equal(input, TestEngine.Json(doc));
    }

    [Fact]
    public void ReferencePath_ValueIsInputItself_IsCopiedNotCycled()
    {
        var doc = JsonNode.Parse("{\"x\":1}");
        Assert.Equal("{\"x\":1,\"self\":{\"x\":1}}", TestEngine.Json(ReferencePath.Parse("$.self").Apply(doc, doc)));
    }
}

using System.Text.Json.Nodes;
using MlOps.Local.Services.Events;

namespace MlOps.Local.Services.Tests.Events;

public sealed class EventPatternMatcherTests
{
    private const string Event = """
        {"source":"aws.s3","detail-type":"Object Created","detail":{"bucket":{"name":"data"},"object":{"key":"raw/x.csv","size":10},"tags":["a","b"]}}
        """;

    [Theory]
    [InlineData("""{"source":["aws.s3"]}""", true)]
    [InlineData("""{"source":["aws.ec2"]}""", false)]
    [InlineData("""{"detail":{"object":{"key":[{"prefix":"raw/"}]}}}""", true)]
    [InlineData("""{"detail":{"object":{"key":[{"prefix":"curated/"}]}}}""", false)]
    [InlineData("""{"detail":{"object":{"key":[{"suffix":".csv"}]}}}""", true)]
    [InlineData("""{"detail":{"object":{"key":[{"anything-but":{"prefix":"raw/"}}]}}}""", false)]
    [InlineData("""{"detail":{"object":{"size":[{"numeric":[">",5,"<=",10]}]}}}""", true)]
    [InlineData("""{"detail":{"object":{"size":[{"numeric":[">",10]}]}}}""", false)]
    [InlineData("""{"detail":{"object":{"etag":[{"exists":false}]}}}""", true)]
    [InlineData("""{"detail":{"object":{"key":[{"exists":true}]}}}""", true)]
    [InlineData("""{"detail":{"tags":["b"]}}""", true)]
    [InlineData("""{"detail-type":[{"equals-ignore-case":"object created"}]}""", true)]
    [InlineData("""{"detail":{"missing":{"x":["y"]}}}""", false)]
    public void Matches_FollowsEventBridgeRules(string pattern, bool expected)
    {
        Assert.Equal(expected, EventPatternMatcher.Matches(JsonNode.Parse(pattern)!.AsObject(), JsonNode.Parse(Event)));
    }
}

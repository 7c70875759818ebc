using MlOps.StepFunctions.Choice;

namespace MlOps.StepFunctions.Tests.Choice;

public sealed class StringMatcherTests
{
    [Theory]
    [InlineData("log-2024.txt", "log-*.txt", true)]
    [InlineData("log.txt", "*.csv", false)]
    [InlineData("a*b", "a\\*b", true)]
    [InlineData("axb", "a\\*b", false)]
    [InlineData("", "*", true)]
    [InlineData("abc", "a*b*c", true)]
    [InlineData("back\\slash", "back\\\\slash", true)]
    public void IsMatch_FollowsAslWildcards(string text, string pattern, bool expected) =>
        Assert.Equal(expected, StringMatcher.IsMatch(text, pattern));

    [Theory]
    [InlineData("2016-03-14T01:59:00Z", true)]
    [InlineData("2016-03-14T01:59:00.123456789+02:00", true)]
    [InlineData("2016-03-14 01:59:00Z", false)]
    [InlineData("2016-03-14T01:59:00", false)]
    [InlineData("2016-13-05T21:29:29Z", false)]
    public void Timestamps_TryParse_RequiresRfc3339WithOffset(string text, bool valid) =>
        Assert.Equal(valid, Timestamps.TryParse(text, out _));
}

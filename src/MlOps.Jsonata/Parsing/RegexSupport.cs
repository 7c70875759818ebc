using System.Text.RegularExpressions;

namespace MlOps.Jsonata.Parsing;

/// <summary>Compiles JSONata (JavaScript-flavoured) regex literals to .NET regexes.</summary>
internal static class RegexSupport
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(5);

    public static Regex Compile(string pattern, string flags, int position)
    {
        var options = RegexOptions.CultureInvariant;
        if (flags.Contains('i', StringComparison.Ordinal))
        {
            options |= RegexOptions.IgnoreCase;
        }

        if (flags.Contains('m', StringComparison.Ordinal))
        {
            options |= RegexOptions.Multiline;
        }

        try
        {
            return new Regex(pattern, options, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new JsonataException("S0303", $"Invalid regular expression: {ex.Message}", position, pattern);
        }
    }
}

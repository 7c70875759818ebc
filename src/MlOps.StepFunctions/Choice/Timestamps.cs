using System.Globalization;
using System.Text.RegularExpressions;

namespace MlOps.StepFunctions.Choice;

/// <summary>RFC 3339 timestamps as ASL accepts them: <c>T</c> separator, seconds, and <c>Z</c> or an offset.</summary>
internal static partial class Timestamps
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        if (!Rfc3339().IsMatch(text))
        {
            return false;
        }

        var normalized = text.EndsWith('z') ? text[..^1] + "Z" : text;
        var dot = normalized.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            // .NET parses at most 7 fractional digits; AWS accepts nanoseconds.
            var end = dot + 1;
            while (end < normalized.Length && char.IsAsciiDigit(normalized[end]))
            {
                end++;
            }

            if (end - dot - 1 > 7)
            {
                normalized = normalized[..(dot + 8)] + normalized[end..];
            }
        }

        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value);
    }
}

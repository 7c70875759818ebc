using System.Globalization;

namespace MlOps.Jsonata.Functions;

/// <summary>Parses date/time strings: ISO 8601 and XPath pictures.</summary>
internal static class DateTimeParser
{
    public static object? Parse(string s, string picture) =>
        throw new JsonataException("D3133", $"Date/time picture strings are not supported yet: {picture} {s}");

    public static bool TryParseIso(string s, out long millis)
    {
        string[] formats =
        [
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
            "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd", "yyyy-MM", "yyyy", "yyyy-MM-dd'T'HHK", "yyyy-MM-dd'T'HH",
        ];
        if (DateTimeOffset.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var dto))
        {
            millis = dto.ToUnixTimeMilliseconds();
            return true;
        }

        millis = 0;
        return false;
    }
}

using System.Globalization;
using MlOps.Jsonata.Values;
using static MlOps.Jsonata.Functions.Library;

namespace MlOps.Jsonata.Functions;

/// <summary>Date/time functions: <c>$now</c>, <c>$millis</c>, <c>$fromMillis</c>, <c>$toMillis</c>.</summary>
internal static class DateTimeFunctions
{
    public static IEnumerable<NativeFunction> Definitions()
    {
        yield return Define("millis", "<:n>", 0, (ev, _, _, _) => (double)ev.Now.ToUnixTimeMilliseconds());
        yield return Define("now", "<s?s?:s>", 2, (ev, a, _, _) => FromMillis(ev.Now.ToUnixTimeMilliseconds(), Arg(a, 0) as string, Arg(a, 1) as string));
        yield return Define("fromMillis", "<n-s?s?:s>", 3, (_, a, _, _) => a[0] is double d ? FromMillis((long)Math.Floor(d), Arg(a, 1) as string, Arg(a, 2) as string) : null);
        yield return Define("toMillis", "<s-s?:n>", 2, (ev, a, _, _) => a[0] is string s ? ToMillis(s, Arg(a, 1) as string, ev.Now) : null);
    }

    public static string FromMillis(long millis, string? picture, string? timezone)
    {
        if (picture is null && string.IsNullOrEmpty(timezone))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(millis).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }

        return DateTimeFormatter.Format(millis, picture, timezone);
    }

    public static object? ToMillis(string s, string? picture, DateTimeOffset now)
    {
        if (picture is not null)
        {
            return DateTimeParser.Parse(s, picture, now);
        }

        if (DateTimeParser.TryParseIso(s, out var ms))
        {
            return (double)ms;
        }

        throw new JsonataException("D3110", $"Unable to parse the date/time string: {s}");
    }
}

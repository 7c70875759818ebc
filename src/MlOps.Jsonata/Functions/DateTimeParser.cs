using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MlOps.Jsonata.Functions;

/// <summary>Parses date/time strings: ISO 8601 and XPath pictures (the inverse of <see cref="DateTimeFormatter"/>).</summary>
internal static class DateTimeParser
{
    public static object? Parse(string s, string picture, DateTimeOffset now)
    {
        var parts = DateTimePicture.Analyse(picture);
        var pattern = new StringBuilder("^");
        var markers = new List<DateTimeMarker>();
        foreach (var part in parts)
        {
            if (part.Literal is not null)
            {
                pattern.Append(Regex.Escape(part.Literal));
                continue;
            }

            markers.Add(part);
            pattern.Append('(').Append(ComponentPattern(part)).Append(')');
        }

        pattern.Append('$');
        var match = Regex.Match(s, pattern.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        if (!match.Success)
        {
            return null;
        }

        var c = new Dictionary<char, double>();
        for (var i = 0; i < markers.Count; i++)
        {
            c[markers[i].Component] = ComponentValue(markers[i], match.Groups[i + 1].Value);
        }

        if (c.Count == 0)
        {
            return null;
        }

        try
        {
            return Assemble(c, now);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new JsonataException("D3110", $"Unable to parse the date/time string: {s} (a component is out of range)");
        }
    }

    private static double Assemble(Dictionary<char, double> c, DateTimeOffset now)
    {
        static bool IsType(int type, int mask) => (~type & mask) == 0 && (type & mask) != 0;
        var mask = Mask(c, "YXMxWwdD");
        var dateB = IsType(130, mask);
        var dateC = IsType(84, mask);
        var dateD = IsType(72, mask);
        mask = Mask(c, "PHhmsf");
        var timeB = IsType(47, mask);
        var comps = (dateB ? "Yd" : dateC ? "XxwF" : dateD ? "XWF" : "YMD") + (timeB ? "Phmsf" : "Hmsf");
        var utcNow = now.UtcDateTime;
        var startSpecified = false;
        var endSpecified = false;
        foreach (var part in comps)
        {
            if (!c.ContainsKey(part))
            {
                if (startSpecified)
                {
                    c[part] = part is 'M' or 'D' or 'd' ? 1 : 0;
                    endSpecified = true;
                }
                else
                {
                    c[part] = part switch
                    {
                        'Y' => utcNow.Year,
                        'M' => utcNow.Month,
                        'D' => utcNow.Day,
                        'd' => utcNow.DayOfYear,
                        'H' => utcNow.Hour,
                        'h' => utcNow.Hour % 12 == 0 ? 12 : utcNow.Hour % 12,
                        'P' => utcNow.Hour < 12 ? 0 : 1,
                        'm' => utcNow.Minute,
                        's' => utcNow.Second,
                        'f' => utcNow.Millisecond,
                        _ => 0,
                    };
                }
            }
            else
            {
                startSpecified = true;
                if (endSpecified)
                {
                    throw Underspecified();
                }
            }
        }

        if (dateC || dateD)
        {
            throw Underspecified();
        }

        var date = new DateTime((int)c['Y'], 1, 1, 0, 0, 0, DateTimeKind.Utc);
        date = dateB ? date.AddDays(c['d'] - 1) : date.AddMonths((int)Math.Max(c['M'] - 1, 0)).AddDays(c['D'] - 1);
        var hour = c.GetValueOrDefault('H');
        if (timeB)
        {
            hour = c['h'] == 12 ? 0 : c['h'];
            if (c['P'] == 1)
            {
                hour += 12;
            }
        }

        var millis = (double)new DateTimeOffset(date).ToUnixTimeMilliseconds();
        millis += (((hour * 60) + c.GetValueOrDefault('m')) * 60 * 1000) + (c.GetValueOrDefault('s') * 1000) + c.GetValueOrDefault('f');
        var offset = c.TryGetValue('Z', out var z) ? z : c.GetValueOrDefault('z');
        return millis - (offset * 60 * 1000);
    }

    private static int Mask(Dictionary<char, double> c, string order)
    {
        var mask = 0;
        foreach (var p in order)
        {
            mask = (mask << 1) + (c.ContainsKey(p) ? 1 : 0);
        }

        return mask;
    }

    private static JsonataException Underspecified() =>
        new("D3136", "The date/time picture string is missing specifiers required to parse the timestamp");

    private static string ComponentPattern(DateTimeMarker m)
    {
        if (m.Component == 'Z')
        {
            return @"Z|[+-]\d{1,2}(?::?\d{2})?";
        }

        if (m.Component == 'z')
        {
            return @"GMT[+-]\d{1,2}(?::?\d{2})?";
        }

        if (m.Names)
        {
            return m.Component == 'P' ? "[aApP][mM]" : "[A-Za-z]+";
        }

        var p = m.Integer!;
        switch (p.Style)
        {
            case IntegerStyle.Decimal:
                {
                    var zero = char.ConvertFromUtf32(p.ZeroCode);
                    var nine = char.ConvertFromUtf32(p.ZeroCode + 9);
                    var max = m.MaxWidth is { } mw ? mw.ToString(CultureInfo.InvariantCulture) : "";
                    var digits = $"[{zero}-{nine}]{{{p.MandatoryDigits},{max}}}";
                    return p.Ordinal ? digits + "(?:st|nd|rd|th)" : digits;
                }

            case IntegerStyle.Letters:
                return p.Case == LetterCase.Upper ? "[A-Z]+" : "[a-z]+";
            case IntegerStyle.Roman:
                return p.Case == LetterCase.Upper ? "[MDCLXVI]+" : "[mdclxvi]+";
            case IntegerStyle.Words:
                return @"[A-Za-z]+(?:[\- ,]+[A-Za-z]+)*?";
            default:
                throw new JsonataException("D3130", "Unsupported integer picture in date/time picture");
        }
    }

    private static double ComponentValue(DateTimeMarker m, string text)
    {
        switch (m.Component)
        {
            case 'Z' or 'z':
                {
                    var t = m.Component == 'z' ? text[3..] : text;
                    if (t == "Z")
                    {
                        return 0;
                    }

                    var sign = t[0] == '-' ? -1 : 1;
                    var body = t[1..];
                    int hours, minutes = 0;
                    if (body.Contains(':', StringComparison.Ordinal))
                    {
                        var bits = body.Split(':');
                        hours = int.Parse(bits[0], CultureInfo.InvariantCulture);
                        minutes = int.Parse(bits[1], CultureInfo.InvariantCulture);
                    }
                    else if (body.Length > 2)
                    {
                        hours = int.Parse(body[..^2], CultureInfo.InvariantCulture);
                        minutes = int.Parse(body[^2..], CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        hours = int.Parse(body, CultureInfo.InvariantCulture);
                    }

                    return sign * ((hours * 60) + minutes);
                }

            case 'P':
                return text.StartsWith('p') || text.StartsWith('P') ? 1 : 0;
            default:
                break;
        }

        if (m.Names)
        {
            var names = m.Component == 'F' ? DateTimeFormatter.DayNames : DateTimeFormatter.MonthNames;
            var index = Array.FindIndex(names, n => n.StartsWith(text, StringComparison.OrdinalIgnoreCase));
            return index + 1;
        }

        return IntegerFormat.Parse(text, m.Integer!);
    }

    public static bool TryParseIso(string s, out long millis)
    {
        string[] formats =
        [
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
            "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd", "yyyy-MM", "yyyy", "yyyy-MM-dd'T'HHK", "yyyy-MM-dd'T'HH",
        ];
        var normalized = Regex.Replace(s, @"([+-]\d{2})(\d{2})$", "$1:$2");
        if (DateTimeOffset.TryParseExact(normalized, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var dto))
        {
            millis = dto.ToUnixTimeMilliseconds();
            return true;
        }

        millis = 0;
        return false;
    }
}

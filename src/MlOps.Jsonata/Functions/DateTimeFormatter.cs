using System.Globalization;
using System.Text;

namespace MlOps.Jsonata.Functions;

/// <summary>Formats instants with XPath <c>format-dateTime</c> pictures.</summary>
internal static class DateTimeFormatter
{
    public const string DefaultPicture = "[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001][Z01:01t]";

    public static readonly string[] MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    public static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static string Format(long millis, string? picture, string? timezone)
    {
        var offsetMinutes = ParseTimezone(timezone);
        var dt = DateTimeOffset.FromUnixTimeMilliseconds(millis).UtcDateTime.AddMinutes(offsetMinutes);
        var sb = new StringBuilder();
        foreach (var part in DateTimePicture.Analyse(picture ?? DefaultPicture))
        {
            sb.Append(part.Literal ?? FormatComponent(dt, part, offsetMinutes));
        }

        return sb.ToString();
    }

    public static int ParseTimezone(string? tz)
    {
        if (string.IsNullOrEmpty(tz))
        {
            return 0;
        }

        var sign = tz[0] == '-' ? -1 : 1;
        var digits = tz.TrimStart('+', '-').Replace(":", "", StringComparison.Ordinal);
        var value = int.Parse(digits, CultureInfo.InvariantCulture);
        return sign * (((value / 100) * 60) + (value % 100));
    }

    private static string FormatComponent(DateTime dt, DateTimeMarker m, int offset)
    {
        if (m.Component is 'Z' or 'z')
        {
            return FormatZone(m, offset);
        }

        if (m.Names)
        {
            var name = m.Component switch
            {
                'M' or 'x' => MonthNames[(m.Component == 'x' ? WeekOfMonthThursday(dt) : dt).Month - 1],
                'F' => DayNames[((int)dt.DayOfWeek + 6) % 7],
                'P' => dt.Hour < 12 ? "am" : "pm",
                _ => "ISO",
            };
            name = m.Component is 'C' or 'E' ? name : m.NameCase switch
            {
                LetterCase.Upper => name.ToUpperInvariant(),
                LetterCase.Lower => name.ToLowerInvariant(),
                _ => name,
            };
            if (m.MaxWidth is { } max && name.Length > max)
            {
                name = name[..max];
            }

            return name;
        }

        if (m.Component == 'f')
        {
            var digits = Math.Max(m.Integer!.MandatoryDigits + m.Integer.OptionalDigits, 1);
            var ms = dt.Millisecond.ToString("000", CultureInfo.InvariantCulture).PadRight(digits, '0');
            return ms[..digits];
        }

        double value = m.Component switch
        {
            'Y' => dt.Year,
            'M' => dt.Month,
            'D' => dt.Day,
            'd' => dt.DayOfYear,
            'F' => ((int)dt.DayOfWeek + 6) % 7 + 1,
            'W' => ISOWeek.GetWeekOfYear(dt),
            'w' => ((WeekOfMonthThursday(dt).Day - 1) / 7) + 1,
            'X' => ISOWeek.GetYear(dt),
            'x' => WeekOfMonthThursday(dt).Month,
            'H' => dt.Hour,
            'h' => dt.Hour % 12 == 0 ? 12 : dt.Hour % 12,
            'm' => dt.Minute,
            's' => dt.Second,
            _ => 0,
        };
        if (m.Component == 'Y' && m.YearDigits > 0)
        {
            value %= Math.Pow(10, m.YearDigits);
        }

        return IntegerFormat.Format(value, m.Integer!);
    }

    private static DateTime WeekOfMonthThursday(DateTime dt)
    {
        var monday = dt.Date.AddDays(-(((int)dt.DayOfWeek + 6) % 7));
        return monday.AddDays(3);
    }

    private static string FormatZone(DateTimeMarker m, int offset)
    {
        if (m.Component == 'Z' && m.Traditional && offset == 0)
        {
            return "Z";
        }

        var pres = m.Presentation;
        var digitCount = pres.Count(char.IsAsciiDigit);
        var separator = pres.FirstOrDefault(c => !char.IsAsciiDigit(c));
        var sign = offset < 0 ? "-" : "+";
        var hours = Math.Abs(offset) / 60;
        var minutes = Math.Abs(offset) % 60;
        string text;
        if (digitCount <= 2)
        {
            text = sign + hours.ToString(new string('0', Math.Max(digitCount, 1)), CultureInfo.InvariantCulture);
            if (minutes != 0)
            {
                text += ":" + minutes.ToString("00", CultureInfo.InvariantCulture);
            }
        }
        else if (digitCount <= 4)
        {
            text = sign + hours.ToString("00", CultureInfo.InvariantCulture) + (separator == default ? "" : separator.ToString()) + minutes.ToString("00", CultureInfo.InvariantCulture);
        }
        else
        {
            throw new JsonataException("D3134", $"The timezone integer format specifier cannot have more than four digits");
        }

        return m.Component == 'z' ? "GMT" + text : text;
    }
}

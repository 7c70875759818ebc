using System.Text;

namespace MlOps.Jsonata.Functions;

/// <summary>One part of a date/time picture: literal text or a <c>[marker]</c>.</summary>
internal sealed class DateTimeMarker
{
    public string? Literal { get; init; }

    public char Component { get; init; }

    /// <summary>Presentation without the ordinal/traditional modifier (e.g. <c>01</c>, <c>Nn</c>, <c>w</c>).</summary>
    public string Presentation { get; set; } = "";

    public bool Names { get; set; }

    public LetterCase NameCase { get; set; }

    public bool Ordinal { get; set; }

    public bool Traditional { get; set; }

    public int? MinWidth { get; set; }

    public int? MaxWidth { get; set; }

    public IntegerPicture? Integer { get; set; }

    /// <summary>For <c>Y</c>: keep this many low digits (-1 for all).</summary>
    public int YearDigits { get; set; } = -1;
}

/// <summary>Analyses XPath <c>format-dateTime</c> pictures (<c>[Y0001]-[M01]-[D01]</c>).</summary>
internal static class DateTimePicture
{
    private const string Components = "YMDdFWwXxHhPmsfZzCE";

    public static List<DateTimeMarker> Analyse(string picture)
    {
        var parts = new List<DateTimeMarker>();
        var bodies = new List<(int Index, string Body)>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < picture.Length)
        {
            var c = picture[i];
            if (c == '[' && i + 1 < picture.Length && picture[i + 1] == '[')
            {
                literal.Append('[');
                i += 2;
            }
            else if (c == ']' && i + 1 < picture.Length && picture[i + 1] == ']')
            {
                literal.Append(']');
                i += 2;
            }
            else if (c == '[')
            {
                var end = picture.IndexOf(']', i);
                if (end < 0)
                {
                    throw new JsonataException("D3135", "No matching closing bracket ']' in date/time picture string");
                }

                if (literal.Length > 0)
                {
                    parts.Add(new DateTimeMarker { Literal = literal.ToString() });
                    literal.Clear();
                }

                var body = new string([.. picture[(i + 1)..end].Where(ch => !char.IsWhiteSpace(ch))]);
                bodies.Add((parts.Count, body));
                parts.Add(new DateTimeMarker());
                i = end + 1;
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }

        if (literal.Length > 0)
        {
            parts.Add(new DateTimeMarker { Literal = literal.ToString() });
        }

        foreach (var (index, body) in bodies)
        {
            parts[index] = AnalyseMarker(body);
        }

        return parts;
    }

    private static DateTimeMarker AnalyseMarker(string body)
    {
        var component = body.Length > 0 ? body[0] : ' ';
        if (!Components.Contains(component, StringComparison.Ordinal))
        {
            throw new JsonataException("D3132", $"Unknown component specifier {component} in date/time picture string");
        }

        var m = new DateTimeMarker { Component = component };
        var rest = body[1..];
        var comma = rest.LastIndexOf(',');
        if (comma >= 0)
        {
            var width = rest[(comma + 1)..];
            rest = rest[..comma];
            var dash = width.IndexOf('-', StringComparison.Ordinal);
            m.MinWidth = ParseWidth(dash >= 0 ? width[..dash] : width);
            m.MaxWidth = dash >= 0 ? ParseWidth(width[(dash + 1)..]) : null;
        }

        if (rest.Length == 0)
        {
            rest = component switch
            {
                'F' or 'P' or 'C' or 'E' => "n",
                'm' or 's' => "01",
                'Z' or 'z' => "01:01",
                _ => "1",
            };
        }

        if (rest is "N" or "n" or "Nn")
        {
            if (component is not ('M' or 'F' or 'x' or 'P' or 'C' or 'E'))
            {
                throw new JsonataException("D3133", $"The '{component}' date/time component does not support a name");
            }

            m.Names = true;
            m.NameCase = rest switch { "N" => LetterCase.Upper, "n" => LetterCase.Lower, _ => LetterCase.Title };
            m.Presentation = rest;
            return m;
        }

        if (rest.Length > 1 && rest[^1] is 'o' or 't' && component is not ('Z' or 'z') || (component is 'Z' or 'z' && rest[^1] == 't'))
        {
            m.Ordinal = rest[^1] == 'o';
            m.Traditional = rest[^1] == 't';
            rest = rest[..^1];
        }

        m.Presentation = rest;
        if (component is 'Z' or 'z')
        {
            return m;
        }

        m.Integer = IntegerPicture.Analyse(rest + (m.Ordinal ? ";o" : ""));
        if (m.Integer.Style == IntegerStyle.Decimal && m.MinWidth is { } min && min > m.Integer.MandatoryDigits)
        {
            m.Integer.MandatoryDigits = min;
        }

        if (component == 'Y')
        {
            if (m.MaxWidth is { } max)
            {
                m.YearDigits = max;
                if (m.Integer.MandatoryDigits > max)
                {
                    m.Integer.MandatoryDigits = max;
                }
            }
            else if (m.Integer.Style == IntegerStyle.Decimal && m.Integer.MandatoryDigits + m.Integer.OptionalDigits >= 2)
            {
                m.YearDigits = m.Integer.MandatoryDigits + m.Integer.OptionalDigits;
            }
        }

        return m;
    }

    private static int? ParseWidth(string s) =>
        int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : null;
}

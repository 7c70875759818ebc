using System.Globalization;
using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Intrinsics.Functions;

/// <summary>
/// Renders JSON numbers the way AWS's Java runtime prints them: integer literals as integers
/// (<c>-0</c> as <c>0</c>), other numbers as Java's <c>Double.toString</c> (<c>1.1</c>, <c>100.0</c>, <c>1.0E10</c>).
/// </summary>
internal static class JavaNumberText
{
    /// <summary>The Java text of the number <paramref name="value"/>.</summary>
    public static string Format(JsonNode value)
    {
        // A parsed number's own text, without a serializer round trip.
        var raw = value is JsonValue v && v.TryGetValue<System.Text.Json.JsonElement>(out var element) ? element.GetRawText() : value.ToJsonString();
        if (!raw.Contains('.', StringComparison.Ordinal) && !raw.Contains('e', StringComparison.OrdinalIgnoreCase))
        {
            return raw == "-0" ? "0" : raw;
        }

        return FormatDouble(double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    /// <summary>Java's <c>Double.toString</c> for a finite double.</summary>
    public static string FormatDouble(double d)
    {
        if (d == 0)
        {
            return double.IsNegative(d) ? "-0.0" : "0.0";
        }

        var abs = double.Abs(d);
        if (abs is >= 1e-3 and < 1e7)
        {
            var plain = d.ToString("R", CultureInfo.InvariantCulture);
            if (plain.Contains('E', StringComparison.Ordinal))
            {
                plain = d.ToString("0.0################", CultureInfo.InvariantCulture);
            }

            return plain.Contains('.', StringComparison.Ordinal) ? plain : plain + ".0";
        }

        // Scientific: Java prints the shortest digits as d.ddd, always with a fraction, then E and the exponent.
        var text = abs.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? text : text[..dot];
        var digits = integerPart + (dot < 0 ? string.Empty : text[(dot + 1)..]);
        var pointPosition = integerPart.Length + exponent;
        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..].TrimEnd('0');
        pointPosition -= leadingZeros;
        if (digits.Length == 0)
        {
            digits = "0";
        }

        var mantissa = digits[..1] + "." + (digits.Length > 1 ? digits[1..] : "0");
        return (d < 0 ? "-" : string.Empty) + mantissa + "E" + (pointPosition - 1).ToString(CultureInfo.InvariantCulture);
    }
}

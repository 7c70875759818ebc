using System.Globalization;

namespace MlOps.Jsonata.Values;

/// <summary>JavaScript's Number-to-String conversion and <c>toPrecision(15)</c>.</summary>
internal static class NumberFormat
{
    public static double Precision15(double d) =>
        d == 0 || !double.IsFinite(d) ? d : double.Parse(d.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string ToJs(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "Infinity" : "-Infinity";
        }

        if (d == 0)
        {
            return "0";
        }

        if (d == Math.Floor(d) && Math.Abs(d) < 1e21)
        {
            if (Math.Abs(d) < 1e15)
            {
                return ((long)d).ToString(CultureInfo.InvariantCulture);
            }
        }

        // Shortest round-trip digits and exponent, then JavaScript's layout rules.
        var shortest = d.ToString("R", CultureInfo.InvariantCulture);
        var neg = shortest.StartsWith('-');
        if (neg)
        {
            shortest = shortest[1..];
        }

        string mantissa;
        var exp = 0;
        var ePos = shortest.IndexOfAny(['E', 'e']);
        if (ePos >= 0)
        {
            mantissa = shortest[..ePos];
            exp = int.Parse(shortest[(ePos + 1)..], CultureInfo.InvariantCulture);
        }
        else
        {
            mantissa = shortest;
        }

        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        string digits;
        int pointPos;
        if (dot >= 0)
        {
            digits = mantissa[..dot] + mantissa[(dot + 1)..];
            pointPos = dot + exp;
        }
        else
        {
            digits = mantissa;
            pointPos = mantissa.Length + exp;
        }

        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }

        digits = digits[lead..];
        pointPos -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            return "0";
        }

        var k = digits.Length;
        var n = pointPos;
        string s;
        if (k <= n && n <= 21)
        {
            s = digits + new string('0', n - k);
        }
        else if (n > 0 && n <= 21)
        {
            s = digits[..n] + "." + digits[n..];
        }
        else if (n > -6 && n <= 0)
        {
            s = "0." + new string('0', -n) + digits;
        }
        else
        {
            var e = n - 1;
            var es = e >= 0 ? "+" + e.ToString(CultureInfo.InvariantCulture) : e.ToString(CultureInfo.InvariantCulture);
            s = k == 1 ? digits + "e" + es : digits[0] + "." + digits[1..] + "e" + es;
        }

        return neg ? "-" + s : s;
    }
}

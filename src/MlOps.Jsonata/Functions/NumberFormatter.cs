using System.Globalization;
using MlOps.Jsonata.Values;
using static MlOps.Jsonata.Functions.Library;

namespace MlOps.Jsonata.Functions;

/// <summary><c>$formatNumber</c>: XPath <c>format-number</c> pictures with a configurable decimal format.</summary>
internal static partial class NumberFormatter
{
    public static IEnumerable<NativeFunction> Definitions()
    {
        yield return Define("formatNumber", "<n-so?:s>", 3, (_, a, _, _) => a[0] is double d && a[1] is string p ? Format(d, p, Arg(a, 2) as JObject) : null);
    }

    private sealed class Props
    {
        public string Decimal = ".";
        public string Grouping = ",";
        public string Exponent = "e";
        public string Minus = "-";
        public string Percent = "%";
        public string PerMille = "\u2030";
        public char Zero = '0';
        public string Digit = "#";
        public string Pattern = ";";
        public string Family = "0123456789";

        public bool IsFamily(char c) => Family.Contains(c, StringComparison.Ordinal);

        public bool IsActive(char c) => IsFamily(c) || Decimal.Contains(c, StringComparison.Ordinal) || Exponent.Contains(c, StringComparison.Ordinal)
            || Grouping.Contains(c, StringComparison.Ordinal) || Digit.Contains(c, StringComparison.Ordinal) || Pattern.Contains(c, StringComparison.Ordinal);
    }

    public static string Format(double value, string picture, JObject? options)
    {
        var p = new Props();
        if (options is not null)
        {
            foreach (var kv in options)
            {
                var v = kv.Value as string ?? "";
                switch (kv.Key)
                {
                    case "decimal-separator": p.Decimal = v; break;
                    case "grouping-separator": p.Grouping = v; break;
                    case "exponent-separator": p.Exponent = v; break;
                    case "minus-sign": p.Minus = v; break;
                    case "percent": p.Percent = v; break;
                    case "per-mille": p.PerMille = v; break;
                    case "zero-digit": p.Zero = v[0]; break;
                    case "digit": p.Digit = v; break;
                    case "pattern-separator": p.Pattern = v; break;
                    default: break;
                }
            }
        }

        p.Family = new string([.. Enumerable.Range(0, 10).Select(i => (char)(p.Zero + i))]);
        var subs = picture.Split(p.Pattern);
        if (subs.Length > 2)
        {
            throw new JsonataException("D3080", "The format-number picture string must not contain more than one instance of the pattern-separator character");
        }

        var pictures = subs.Select(s => Analyse(Validate(s, p), p)).ToList();
        if (pictures.Count == 1)
        {
            var neg = pictures[0].Copy();
            neg.Prefix = p.Minus + neg.Prefix;
            pictures.Add(neg);
        }

        var pic = value >= 0 ? pictures[0] : pictures[1];
        var adjusted = pic.Picture.Contains(p.Percent, StringComparison.Ordinal) ? value * 100
            : pic.Picture.Contains(p.PerMille, StringComparison.Ordinal) ? value * 1000 : value;
        double mantissa;
        int? exponent = null;
        if (pic.MinimumExponentSize == 0)
        {
            mantissa = adjusted;
        }
        else
        {
            var maxM = Math.Pow(10, pic.ScalingFactor);
            var minM = Math.Pow(10, pic.ScalingFactor - 1);
            mantissa = adjusted;
            var e = 0;
            while (mantissa < minM)
            {
                mantissa *= 10;
                e--;
            }

            while (mantissa > maxM)
            {
                mantissa /= 10;
                e++;
            }

            exponent = e;
        }

        var rounded = NumericFunctions.RoundHalfEven(mantissa, pic.MaximumFractionalPartSize);
        var s = MakeString(rounded, pic.MaximumFractionalPartSize, p);
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        s = dot < 0 ? s + p.Decimal : s.Replace(".", p.Decimal, StringComparison.Ordinal);
        s = s.TrimStart(p.Zero).TrimEnd(p.Zero);
        var decimalPos = s.IndexOf(p.Decimal, StringComparison.Ordinal);
        var padLeft = pic.MinimumIntegerPartSize - decimalPos;
        var padRight = pic.MinimumFractionalPartSize - (s.Length - decimalPos - 1);
        s = (padLeft > 0 ? new string(p.Zero, padLeft) : "") + s + (padRight > 0 ? new string(p.Zero, padRight) : "");
        decimalPos = s.IndexOf(p.Decimal, StringComparison.Ordinal);
        if (pic.RegularGrouping > 0)
        {
            var groups = (decimalPos - 1) / pic.RegularGrouping;
            for (var g = 1; g <= groups; g++)
            {
                var at = decimalPos - (g * pic.RegularGrouping);
                s = s[..at] + p.Grouping + s[at..];
            }
        }
        else
        {
            foreach (var pos in pic.IntegerGroupingPositions)
            {
                var at = decimalPos - pos;
                s = s[..at] + p.Grouping + s[at..];
                decimalPos++;
            }
        }

        decimalPos = s.IndexOf(p.Decimal, StringComparison.Ordinal);
        foreach (var pos in pic.FractionalGroupingPositions)
        {
            var at = pos + decimalPos + 1;
            s = s[..at] + p.Grouping + s[at..];
        }

        decimalPos = s.IndexOf(p.Decimal, StringComparison.Ordinal);
        if (pic.MaximumFractionalPartSize == 0 || decimalPos == s.Length - 1)
        {
            s = s[..decimalPos] + s[(decimalPos + p.Decimal.Length)..];
        }

        if (exponent is { } ex)
        {
            var es = MakeString(ex, 0, p);
            var pad = pic.MinimumExponentSize - es.Length;
            if (pad > 0)
            {
                es = new string(p.Zero, pad) + es;
            }

            s = s + p.Exponent + (ex < 0 ? p.Minus : "") + es;
        }

        return pic.Prefix + s + pic.Suffix;
    }

    private static string MakeString(double value, int dp, Props p)
    {
        var str = Math.Abs(value).ToString("F" + dp.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (p.Zero != '0')
        {
            str = new string([.. str.Select(c => c is >= '0' and <= '9' ? p.Family[c - '0'] : c)]);
        }

        return str;
    }
}

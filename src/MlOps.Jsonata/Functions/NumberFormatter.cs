using System.Globalization;
using MlOps.Jsonata.Values;
using static MlOps.Jsonata.Functions.Library;

namespace MlOps.Jsonata.Functions;

/// <summary><c>$formatNumber</c>: XPath <c>format-number</c> pictures with a configurable decimal format.</summary>
internal static class NumberFormatter
{
    public static IEnumerable<NativeFunction> Definitions()
    {
        yield return Define("formatNumber", "<n-so?:s>", 3, (_, a, _, _) => a[0] is double d ? Format(d, (string)a[1]!, Arg(a, 2) as JObject) : null);
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

    private sealed record Parts(string Prefix, string Suffix, string Active, string Mantissa, string? Exponent, string Integer, string Fractional, string Sub);

    private static Parts Validate(string sub, Props p)
    {
        var prefixLen = 0;
        while (prefixLen < sub.Length && !(p.IsActive(sub[prefixLen]) && !p.Exponent.Contains(sub[prefixLen], StringComparison.Ordinal)))
        {
            prefixLen++;
        }

        var suffixStart = sub.Length;
        while (suffixStart > 0 && !(p.IsActive(sub[suffixStart - 1]) && !p.Exponent.Contains(sub[suffixStart - 1], StringComparison.Ordinal)))
        {
            suffixStart--;
        }

        var prefix = sub[..prefixLen];
        var suffix = suffixStart >= prefixLen ? sub[suffixStart..] : "";
        var active = suffixStart >= prefixLen ? sub[prefixLen..suffixStart] : "";
        string mantissa;
        string? exponentPart;
        var ePos = sub.IndexOf(p.Exponent, prefixLen, StringComparison.Ordinal);
        if (ePos < 0 || ePos > sub.Length - suffix.Length)
        {
            mantissa = active;
            exponentPart = null;
        }
        else
        {
            mantissa = active[..Math.Min(ePos, active.Length)];
            exponentPart = ePos + 1 <= active.Length ? active[(ePos + 1)..] : "";
        }

        var dPos = mantissa.IndexOf(p.Decimal, StringComparison.Ordinal);
        var integer = dPos < 0 ? mantissa : mantissa[..dPos];
        var fractional = dPos < 0 ? suffix : mantissa[(dPos + 1)..];

        string? error = null;
        var decimalPos = sub.IndexOf(p.Decimal, StringComparison.Ordinal);
        if (decimalPos != sub.LastIndexOf(p.Decimal, StringComparison.Ordinal))
        {
            error = "D3081";
        }

        if (sub.IndexOf(p.Percent, StringComparison.Ordinal) != sub.LastIndexOf(p.Percent, StringComparison.Ordinal))
        {
            error = "D3082";
        }

        if (sub.IndexOf(p.PerMille, StringComparison.Ordinal) != sub.LastIndexOf(p.PerMille, StringComparison.Ordinal))
        {
            error = "D3083";
        }

        if (sub.Contains(p.Percent, StringComparison.Ordinal) && sub.Contains(p.PerMille, StringComparison.Ordinal))
        {
            error = "D3084";
        }

        if (!mantissa.Any(c => p.IsFamily(c) || p.Digit.Contains(c, StringComparison.Ordinal)))
        {
            error = "D3085";
        }

        if (active.Any(c => !p.IsActive(c)))
        {
            error = "D3086";
        }

        if (decimalPos >= 0)
        {
            if ((decimalPos > 0 && sub.Substring(decimalPos - 1, 1) == p.Grouping) || (decimalPos + 1 < sub.Length && sub.Substring(decimalPos + 1, 1) == p.Grouping))
            {
                error = "D3087";
            }
        }
        else if (integer.EndsWith(p.Grouping, StringComparison.Ordinal))
        {
            error = "D3088";
        }

        if (sub.Contains(p.Grouping + p.Grouping, StringComparison.Ordinal))
        {
            error = "D3089";
        }

        var opt = integer.IndexOf(p.Digit, StringComparison.Ordinal);
        if (opt >= 0 && integer[..opt].Any(p.IsFamily))
        {
            error = "D3090";
        }

        opt = fractional.LastIndexOf(p.Digit, StringComparison.Ordinal);
        if (opt >= 0 && fractional[opt..].Any(p.IsFamily))
        {
            error = "D3091";
        }

        if (exponentPart is { Length: > 0 } && (sub.Contains(p.Percent, StringComparison.Ordinal) || sub.Contains(p.PerMille, StringComparison.Ordinal)))
        {
            error = "D3092";
        }

        if (exponentPart is not null && (exponentPart.Length == 0 || exponentPart.Any(c => !p.IsFamily(c))))
        {
            error = "D3093";
        }

        if (error is not null)
        {
            throw new JsonataException(error, $"Invalid picture string for formatNumber: {sub}");
        }

        return new Parts(prefix, suffix, active, mantissa, exponentPart, integer, fractional, sub);
    }

    private static NumberPicture Analyse(Parts parts, Props p)
    {
        List<int> GroupingPositions(string part, bool toLeft)
        {
            var positions = new List<int>();
            var g = part.IndexOf(p.Grouping, StringComparison.Ordinal);
            while (g >= 0)
            {
                var chunk = toLeft ? part[..g] : part[g..];
                positions.Add(chunk.Count(c => p.IsFamily(c) || p.Digit.Contains(c, StringComparison.Ordinal)));
                g = parts.Integer.IndexOf(p.Grouping, g + 1, StringComparison.Ordinal);
            }

            return positions;
        }

        var intPositions = GroupingPositions(parts.Integer, false);
        var regular = 0;
        if (intPositions.Count > 0)
        {
            var factor = intPositions.Aggregate(Gcd);
            regular = factor;
            for (var i = 1; i <= intPositions.Count; i++)
            {
                if (!intPositions.Contains(i * factor))
                {
                    regular = 0;
                }
            }
        }

        var minInt = parts.Integer.Count(p.IsFamily);
        var minFrac = parts.Fractional.Count(p.IsFamily);
        var maxFrac = parts.Fractional.Count(c => p.IsFamily(c) || p.Digit.Contains(c, StringComparison.Ordinal));
        var exponentPresent = parts.Exponent is not null;
        var scaling = minInt;
        if (minInt == 0 && maxFrac == 0)
        {
            if (exponentPresent)
            {
                minFrac = 1;
                maxFrac = 1;
            }
            else
            {
                minInt = 1;
            }
        }

        if (exponentPresent && minInt == 0 && parts.Integer.Contains(p.Digit, StringComparison.Ordinal))
        {
            minInt = 1;
        }

        if (minInt == 0 && minFrac == 0)
        {
            minFrac = 1;
        }

        return new NumberPicture
        {
            Prefix = parts.Prefix,
            Suffix = parts.Suffix,
            Picture = parts.Sub,
            IntegerGroupingPositions = intPositions,
            RegularGrouping = regular,
            MinimumIntegerPartSize = minInt,
            ScalingFactor = scaling,
            FractionalGroupingPositions = GroupingPositions(parts.Fractional, true),
            MinimumFractionalPartSize = minFrac,
            MaximumFractionalPartSize = maxFrac,
            MinimumExponentSize = exponentPresent ? parts.Exponent!.Count(p.IsFamily) : 0,
            ExponentPresent = exponentPresent,
        };

        static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
    }
}

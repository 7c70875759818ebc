
namespace MlOps.Jsonata.Functions;

/// <summary>Picture validation (D3080-D3093) and analysis for <c>$formatNumber</c>.</summary>
internal static partial class NumberFormatter
{
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

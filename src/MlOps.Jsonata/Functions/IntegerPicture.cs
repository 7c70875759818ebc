using System.Text;

namespace MlOps.Jsonata.Functions;

/// <summary>Kinds of integer presentation (XPath <c>format-integer</c>).</summary>
internal enum IntegerStyle
{
    Decimal,
    Letters,
    Roman,
    Words,
    Sequence,
}

/// <summary>Letter case of a word, letter or roman presentation.</summary>
internal enum LetterCase
{
    Lower,
    Upper,
    Title,
}

/// <summary>An analysed integer picture such as <c>#,##0;o</c>, <c>W</c> or <c>i</c>.</summary>
internal sealed class IntegerPicture
{
    public IntegerStyle Style { get; private set; }

    public LetterCase Case { get; private set; }

    public bool Ordinal { get; private set; }

    public int ZeroCode { get; private set; } = '0';

    public int MandatoryDigits { get; set; }

    public int OptionalDigits { get; private set; }

    public List<(int Position, string Character)> Separators { get; } = [];

    public int RegularPeriod { get; private set; }

    public string Token { get; private set; } = "";

    public static IntegerPicture Analyse(string picture)
    {
        var result = new IntegerPicture();
        var primary = picture;
        var semi = picture.LastIndexOf(';');
        if (semi >= 0)
        {
            var modifier = picture[(semi + 1)..];
            if (modifier.StartsWith('o'))
            {
                result.Ordinal = true;
            }

            primary = picture[..semi];
        }

        switch (primary)
        {
            case "A":
                result.Style = IntegerStyle.Letters;
                result.Case = LetterCase.Upper;
                break;
            case "a":
                result.Style = IntegerStyle.Letters;
                break;
            case "I":
                result.Style = IntegerStyle.Roman;
                result.Case = LetterCase.Upper;
                break;
            case "i":
                result.Style = IntegerStyle.Roman;
                break;
            case "W":
                result.Style = IntegerStyle.Words;
                result.Case = LetterCase.Upper;
                break;
            case "Ww":
                result.Style = IntegerStyle.Words;
                result.Case = LetterCase.Title;
                break;
            case "w":
                result.Style = IntegerStyle.Words;
                break;
            default:
                result.AnalyseDecimal(primary);
                break;
        }

        return result;
    }

    private void AnalyseDecimal(string primary)
    {
        int? zero = null;
        var position = 0;
        var cps = new List<int>();
        for (var i = 0; i < primary.Length; i += char.IsSurrogatePair(primary, i) ? 2 : 1)
        {
            cps.Add(char.ConvertToUtf32(primary, i));
        }

        cps.Reverse();
        foreach (var cp in cps)
        {
            var digit = DigitValue(cp);
            if (digit >= 0)
            {
                MandatoryDigits++;
                position++;
                var z = cp - digit;
                if (zero is null)
                {
                    zero = z;
                }
                else if (zero != z)
                {
                    throw new JsonataException("D3131", "In a decimal digit pattern, all digits must be from the same decimal group");
                }
            }
            else if (cp == '#')
            {
                position++;
                OptionalDigits++;
            }
            else
            {
                Separators.Add((position, char.ConvertFromUtf32(cp)));
            }
        }

        if (MandatoryDigits == 0)
        {
            Style = IntegerStyle.Sequence;
            Token = primary;
            return;
        }

        Style = IntegerStyle.Decimal;
        ZeroCode = zero!.Value;
        RegularPeriod = Regular();
    }

    public static int DigitValue(int cp)
    {
        if (cp < 0x10000)
        {
            var c = (char)cp;
            return char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.DecimalDigitNumber ? (int)char.GetNumericValue(c) : -1;
        }

        var s = char.ConvertFromUtf32(cp);
        return System.Globalization.CharUnicodeInfo.GetUnicodeCategory(s, 0) == System.Globalization.UnicodeCategory.DecimalDigitNumber
            ? (int)System.Globalization.CharUnicodeInfo.GetNumericValue(s, 0) : -1;
    }

    private int Regular()
    {
        if (Separators.Count == 0)
        {
            return 0;
        }

        var ch = Separators[0].Character;
        if (Separators.Exists(s => s.Character != ch))
        {
            return 0;
        }

        var positions = Separators.Select(s => s.Position).ToList();
        var factor = positions.Aggregate(Gcd);
        for (var i = 1; i <= positions.Count; i++)
        {
            if (!positions.Contains(i * factor))
            {
                return 0;
            }
        }

        return factor;

        static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
    }

    public string ApplyCase(string s) => Case switch
    {
        LetterCase.Upper => s.ToUpperInvariant(),
        LetterCase.Lower => s.ToLowerInvariant(),
        _ => s,
    };

    public string FormatDecimal(double abs)
    {
        var digits = abs.ToString("F0", System.Globalization.CultureInfo.InvariantCulture).PadLeft(MandatoryDigits, '0');
        var sb = new StringBuilder();
        if (ZeroCode != '0')
        {
            foreach (var c in digits)
            {
                sb.Append(char.ConvertFromUtf32(c - '0' + ZeroCode));
            }

            digits = sb.ToString();
        }

        if (RegularPeriod > 0)
        {
            var ch = Separators[0].Character;
            var n = (digits.Length - 1) / RegularPeriod;
            for (var i = n; i > 0; i--)
            {
                var pos = digits.Length - (i * RegularPeriod);
                digits = digits[..pos] + ch + digits[pos..];
            }
        }
        else
        {
            for (var i = Separators.Count - 1; i >= 0; i--)
            {
                var pos = digits.Length - Separators[i].Position;
                if (pos >= 0 && pos <= digits.Length)
                {
                    digits = digits[..pos] + Separators[i].Character + digits[pos..];
                }
            }
        }

        if (Ordinal)
        {
            var last = digits[^1];
            var suffix = last switch { '1' => "st", '2' => "nd", '3' => "rd", _ => "th" };
            if (digits.Length > 1 && digits[^2] == '1')
            {
                suffix = "th";
            }

            digits += suffix;
        }

        return digits;
    }
}

using MlOps.Jsonata.Values;
using static MlOps.Jsonata.Functions.Library;

namespace MlOps.Jsonata.Functions;

/// <summary><c>$formatInteger</c> and <c>$parseInteger</c>: decimal pictures, letters, roman numerals, English words.</summary>
internal static class IntegerFormat
{
    private static readonly string[] Few = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"];
    private static readonly string[] Ordinals = ["Zeroth", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth"];
    private static readonly string[] Decades = ["Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundred"];
    private static readonly string[] Magnitudes = ["Thousand", "Million", "Billion", "Trillion"];
    private static readonly (int Value, string Numeral)[] Romans = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];
    private static readonly Dictionary<string, double> WordValues = BuildWordValues();

    public static IEnumerable<NativeFunction> Definitions()
    {
        yield return Define("formatInteger", "<n-s:s>", 2, (_, a, _, _) => a[0] is double d && a[1] is string p ? Format(d, IntegerPicture.Analyse(p)) : null);
        yield return Define("parseInteger", "<s-s:n>", 2, (_, a, _, _) => a[0] is string s && a[1] is string p ? Parse(s, IntegerPicture.Analyse(p)) : null);
    }

    public static string Format(double value, IntegerPicture p)
    {
        var negative = value < 0;
        var abs = Math.Floor(Math.Abs(value));
        string text = p.Style switch
        {
            IntegerStyle.Decimal => p.FormatDecimal(abs),
            IntegerStyle.Letters => Letters((long)abs, p.Case == LetterCase.Upper ? 'A' : 'a'),
            IntegerStyle.Roman => p.ApplyCase(Roman((long)abs)),
            IntegerStyle.Words => p.ApplyCase(Words(abs, false, p.Ordinal)),
            _ => throw new JsonataException("D3130", $"Formatting or parsing an integer as a sequence starting with {p.Token} is not supported by this implementation"),
        };
        return negative ? "-" + text : text;
    }

    public static double Parse(string s, IntegerPicture p)
    {
        switch (p.Style)
        {
            case IntegerStyle.Decimal:
                {
                    double v = 0;
                    for (var i = 0; i < s.Length; i += char.IsSurrogatePair(s, i) ? 2 : 1)
                    {
                        var cp = char.ConvertToUtf32(s, i);
                        if (cp >= p.ZeroCode && cp <= p.ZeroCode + 9)
                        {
                            v = (v * 10) + (cp - p.ZeroCode);
                        }
                    }

                    return s.StartsWith('-') ? -v : v;
                }

            case IntegerStyle.Letters:
                {
                    double v = 0;
                    foreach (var c in s.ToLowerInvariant())
                    {
                        v = (v * 26) + (c - 'a' + 1);
                    }

                    return v;
                }

            case IntegerStyle.Roman:
                {
                    double v = 0;
                    var max = 1;
                    for (var i = s.Length - 1; i >= 0; i--)
                    {
                        var d = Romans.FirstOrDefault(r => r.Numeral.Length == 1 && r.Numeral[0] == char.ToLowerInvariant(s[i])).Value;
                        if (d < max)
                        {
                            v -= d;
                        }
                        else
                        {
                            max = d;
                            v += d;
                        }
                    }

                    return v;
                }

            case IntegerStyle.Words:
                return WordsToNumber(s.ToLowerInvariant());
            default:
                throw new JsonataException("D3130", $"Formatting or parsing an integer as a sequence starting with {p.Token} is not supported by this implementation");
        }
    }

    private static string Letters(long value, char a)
    {
        var letters = new List<char>();
        while (value > 0)
        {
            letters.Insert(0, (char)(((value - 1) % 26) + a));
            value = (value - 1) / 26;
        }

        return new string([.. letters]);
    }

    private static string Roman(long value)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var (n, numeral) in Romans)
        {
            while (value >= n)
            {
                sb.Append(numeral);
                value -= n;
            }
        }

        return sb.ToString();
    }

    public static string Words(double num, bool prev, bool ord)
    {
        if (num <= 19)
        {
            return (prev ? " and " : "") + (ord ? Ordinals[(int)num] : Few[(int)num]);
        }

        if (num < 100)
        {
            var tens = (int)Math.Floor(num / 10);
            var rem = num % 10;
            var words = (prev ? " and " : "") + Decades[tens - 2];
            if (rem > 0)
            {
                words += "-" + Words(rem, false, ord);
            }
            else if (ord)
            {
                words = words[..^1] + "ieth";
            }

            return words;
        }

        if (num < 1000)
        {
            var hundreds = (int)Math.Floor(num / 100);
            var rem = num % 100;
            var words = (prev ? ", " : "") + Few[hundreds] + " Hundred";
            if (rem > 0)
            {
                words += Words(rem, true, ord);
            }
            else if (ord)
            {
                words += "th";
            }

            return words;
        }

        {
            var mag = (int)Math.Floor(Math.Log10(num) / 3);
            if (mag > Magnitudes.Length)
            {
                mag = Magnitudes.Length;
            }

            var factor = Math.Pow(10, mag * 3);
            var mant = Math.Floor(num / factor);
            var rem = num - (mant * factor);
            var words = (prev ? ", " : "") + Words(mant, false, false) + " " + Magnitudes[mag - 1];
            if (rem > 0)
            {
                words += Words(rem, true, ord);
            }
            else if (ord)
            {
                words += "th";
            }

            return words;
        }
    }

    private static Dictionary<string, double> BuildWordValues()
    {
        var d = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < Few.Length; i++)
        {
            d[Few[i].ToLowerInvariant()] = i;
            d[Ordinals[i].ToLowerInvariant()] = i;
        }

        for (var i = 0; i < Decades.Length; i++)
        {
            var w = Decades[i].ToLowerInvariant();
            d[w] = (i + 2) * 10;
            d[w[..^1] + "ieth"] = (i + 2) * 10;
        }

        d["hundredth"] = 100;
        for (var i = 0; i < Magnitudes.Length; i++)
        {
            var w = Magnitudes[i].ToLowerInvariant();
            d[w] = Math.Pow(10, (i + 1) * 3);
            d[w + "th"] = Math.Pow(10, (i + 1) * 3);
        }

        return d;
    }

    private static double WordsToNumber(string text)
    {
        var parts = System.Text.RegularExpressions.Regex.Split(text, @",\s|\sand\s|[\s\\-]");
        var segs = new List<double> { 0 };
        foreach (var part in parts)
        {
            var value = WordValues.TryGetValue(part, out var v) ? v : double.NaN;
            if (value < 100)
            {
                var top = segs[^1];
                segs.RemoveAt(segs.Count - 1);
                if (top >= 1000)
                {
                    segs.Add(top);
                    top = 0;
                }

                segs.Add(top + value);
            }
            else
            {
                segs[^1] *= value;
            }
        }

        return segs.Sum();
    }
}

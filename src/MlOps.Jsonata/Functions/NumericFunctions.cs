using System.Globalization;
using System.Text.RegularExpressions;
using MlOps.Jsonata.Values;
using static MlOps.Jsonata.Functions.Library;

namespace MlOps.Jsonata.Functions;

/// <summary>Numeric and aggregation functions.</summary>
internal static partial class NumericFunctions
{
    public static IEnumerable<NativeFunction> Definitions()
    {
        yield return Define("sum", "<a<n>:n>", 1, (_, a, _, _) => a[0] is JArray arr ? arr.Sum(x => (double)x!) : null);
        yield return Define("count", "<a:n>", 1, (_, a, _, _) => a[0] is JArray arr ? (double)arr.Count : 0d);
        yield return Define("max", "<a<n>:n>", 1, (_, a, _, _) => a[0] is JArray { Count: > 0 } arr ? arr.Max(x => (double)x!) : null);
        yield return Define("min", "<a<n>:n>", 1, (_, a, _, _) => a[0] is JArray { Count: > 0 } arr ? arr.Min(x => (double)x!) : null);
        yield return Define("average", "<a<n>:n>", 1, (_, a, _, _) => a[0] is JArray { Count: > 0 } arr ? arr.Average(x => (double)x!) : null);
        yield return Define("number", "<(nsb)-:n>", 1, (_, a, _, _) => ToNumber(a[0]));
        yield return Define("abs", "<n-:n>", 1, (_, a, _, _) => a[0] is double d ? Math.Abs(d) : null);
        yield return Define("floor", "<n-:n>", 1, (_, a, _, _) => a[0] is double d ? Math.Floor(d) : null);
        yield return Define("ceil", "<n-:n>", 1, (_, a, _, _) => a[0] is double d ? Math.Ceiling(d) : null);
        yield return Define("round", "<n-n?:n>", 2, (_, a, _, _) => a[0] is double d ? Round(d, Arg(a, 1) is double p ? (int)p : 0) : null);
        yield return Define("sqrt", "<n-:n>", 1, (_, a, _, _) => a[0] is double d
            ? d < 0 ? throw new JsonataException("D3060", $"The sqrt function cannot be applied to a negative number: {NumberFormat.ToJs(d)}") : Math.Sqrt(d)
            : null);
        yield return Define("power", "<n-n:n>", 2, (_, a, _, _) =>
        {
            if (a[0] is not double b || a[1] is not double e)
            {
                return null;
            }

            var r = Math.Pow(b, e);
            return double.IsFinite(r) ? r : throw new JsonataException("D3061", $"The power function has resulted in a value that cannot be represented as a JSON number: base={NumberFormat.ToJs(b)}, exponent={NumberFormat.ToJs(e)}");
        });
        yield return Define("random", "<n?:n>", 1, (ev, a, _, _) => Arg(a, 0) is double seed ? new Random((int)seed).NextDouble() : ev.Random.NextDouble());
        yield return Define("formatBase", "<n-n?:s>", 2, (_, a, _, _) => a[0] is double d ? FormatBase(d, Arg(a, 1) as double?) : null);
    }

    public static object? ToNumber(object? v)
    {
        switch (v)
        {
            case null:
                return null;
            case double:
                return v;
            case bool b:
                return b ? 1d : 0d;
            case string s:
                if (JsonNumber().IsMatch(s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
                {
                    return d;
                }

                var m = PrefixedNumber().Match(s);
                if (m.Success)
                {
                    var radix = char.ToLowerInvariant(s[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
                    return (double)Convert.ToInt64(s[2..], radix);
                }

                break;
            default:
                break;
        }

        throw new JsonataException("D3030", $"Unable to cast value to a number: {StringFunctions.ToJsonataString(v, false, -1)}");
    }

    public static double RoundHalfEven(double arg, int precision) => Round(arg, precision);

    private static double Round(double arg, int precision)
    {
        var shifted = precision == 0 ? arg : Shift(arg, precision);
        var result = Math.Floor(shifted + 0.5);
        var diff = result - shifted;
        if (Math.Abs(diff) == 0.5 && Math.Abs(result % 2) == 1)
        {
            result -= 1;
        }

        if (precision != 0)
        {
            result = Shift(result, -precision);
        }

        return result == 0 ? 0 : result;
    }

    private static double Shift(double v, int by)
    {
        var s = NumberFormat.ToJs(v);
        var e = s.IndexOf('e', StringComparison.Ordinal);
        var mantissa = e >= 0 ? s[..e] : s;
        var exp = (e >= 0 ? int.Parse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0) + by;
        return double.Parse(mantissa + "e" + exp.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static string FormatBase(double value, double? radix)
    {
        var r = radix is { } rr ? (int)Math.Round(rr) : 10;
        if (r < 2 || r > 36)
        {
            throw new JsonataException("D3100", $"The radix of the formatBase function must be between 2 and 36.  It was given {r}");
        }

        var v = (long)Round(value, 0);
        var neg = v < 0;
        v = Math.Abs(v);
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        var chars = new List<char>();
        do
        {
            chars.Add(digits[(int)(v % r)]);
            v /= r;
        }
        while (v > 0);
        chars.Reverse();
        return (neg ? "-" : "") + new string([.. chars]);
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?([Ee][-+]?[0-9]+)?$")]
    private static partial Regex JsonNumber();

    [GeneratedRegex(@"^(0[xX][0-9A-Fa-f]+)|(0[oO][0-7]+)|(0[bB][0-1]+)$")]
    private static partial Regex PrefixedNumber();
}

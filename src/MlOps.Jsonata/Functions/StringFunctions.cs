using System.Text;
using MlOps.Jsonata.Values;
using static MlOps.Jsonata.Functions.Library;

namespace MlOps.Jsonata.Functions;

/// <summary>String functions: <c>$string</c>, <c>$substring</c>, <c>$pad</c>, <c>$trim</c>, case, length, join.</summary>
internal static class StringFunctions
{
    public static IEnumerable<NativeFunction> Definitions()
    {
        yield return Define("string", "<x-b?:s>", 1, (_, a, _, _) => a[0] is null ? null : ToJsonataString(a[0], Arg(a, 1) is true, -1));
        yield return Define("substring", "<s-nn?:s>", 3, (_, a, _, _) => a[0] is string s ? Substring(s, a[1] as double? ?? 0, Arg(a, 2) as double?) : null);
        yield return Define("substringBefore", "<s-s:s>", 2, (_, a, _, _) =>
        {
            if (a[0] is not string s || a[1] is not string c)
            {
                return a[0];
            }

            var i = s.IndexOf(c, StringComparison.Ordinal);
            return i >= 0 ? s[..i] : s;
        });
        yield return Define("substringAfter", "<s-s:s>", 2, (_, a, _, _) =>
        {
            if (a[0] is not string s || a[1] is not string c)
            {
                return a[0];
            }

            var i = s.IndexOf(c, StringComparison.Ordinal);
            return i >= 0 ? s[(i + c.Length)..] : s;
        });
        yield return Define("lowercase", "<s-:s>", 1, (_, a, _, _) => (a[0] as string)?.ToLowerInvariant());
        yield return Define("uppercase", "<s-:s>", 1, (_, a, _, _) => (a[0] as string)?.ToUpperInvariant());
        yield return Define("length", "<s-:n>", 1, (_, a, _, _) => a[0] is string s ? (double)CodePoints(s).Length : null);
        yield return Define("trim", "<s-:s>", 1, (_, a, _, _) => a[0] is string s ? Trim(s) : null);
        yield return Define("pad", "<s-ns?:s>", 3, (_, a, _, _) => a[0] is string s && a[1] is double w ? Pad(s, w, Arg(a, 2) as string) : a[0]);
        yield return Define("join", "<a<s>s?:s>", 2, (_, a, _, _) => a[0] is JArray arr ? string.Join(Arg(a, 1) as string ?? "", arr.Cast<string>()) : null);
    }

    public static string ToJsonataString(object? v, bool pretty, int position)
    {
        switch (v)
        {
            case null:
                return "";
            case string s:
                return s;
            case JFunction:
                return "";
            case double d when !double.IsFinite(d):
                throw new JsonataException("D3001", "Attempting to invoke string function on Infinity or NaN", position);
            case JArray { OuterWrapper: true } w:
                return JsonWriter.Write(w[0], pretty, true);
            default:
                return JsonWriter.Write(v, pretty, true);
        }
    }

    public static string[] CodePoints(string s)
    {
        var list = new List<string>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(s.Substring(i, 2));
                i++;
            }
            else
            {
                list.Add(s[i].ToString());
            }
        }

        return [.. list];
    }

    private static string Slice(string[] cps, double start, double end)
    {
        var n = cps.Length;
        var s = double.IsNegativeInfinity(start) ? 0 : start < 0 ? Math.Max(n + (int)Math.Truncate(start), 0) : (int)Math.Min(Math.Truncate(start), n);
        var e = double.IsPositiveInfinity(end) ? n : end < 0 ? Math.Max(n + (int)Math.Truncate(end), 0) : (int)Math.Min(Math.Truncate(end), n);
        return s >= e ? "" : string.Concat(cps[s..e]);
    }

    private static string Substring(string str, double start, double? length)
    {
        var cps = CodePoints(str);
        if (cps.Length + start < 0)
        {
            start = 0;
        }

        if (length is { } len)
        {
            if (len <= 0)
            {
                return "";
            }

            var end = start >= 0 ? start + len : cps.Length + start + len;
            return Slice(cps, start, end);
        }

        return Slice(cps, start, double.PositiveInfinity);
    }

    private static string Trim(string s)
    {
        var sb = new StringBuilder(s.Length);
        var inWs = false;
        foreach (var c in s)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                if (!inWs)
                {
                    sb.Append(' ');
                }

                inWs = true;
            }
            else
            {
                sb.Append(c);
                inWs = false;
            }
        }

        var r = sb.ToString();
        if (r.StartsWith(' '))
        {
            r = r[1..];
        }

        if (r.EndsWith(' '))
        {
            r = r[..^1];
        }

        return r;
    }

    private static string Pad(string s, double width, string? ch)
    {
        if (string.IsNullOrEmpty(ch))
        {
            ch = " ";
        }

        var padLength = (int)(Math.Abs(width) - CodePoints(s).Length);
        if (padLength <= 0)
        {
            return s;
        }

        var sb = new StringBuilder();
        for (var i = 0; i < padLength; i++)
        {
            sb.Append(ch);
        }

        var padding = sb.ToString();
        if (ch.Length > 1)
        {
            padding = Substring(padding, 0, padLength);
        }

        return width > 0 ? s + padding : padding + s;
    }
}

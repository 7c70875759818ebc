using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MlOps.Jsonata.Evaluation;
using MlOps.Jsonata.Values;
using static MlOps.Jsonata.Functions.Library;

namespace MlOps.Jsonata.Functions;

/// <summary>Pattern functions: <c>$contains</c>, <c>$split</c>, <c>$match</c>, <c>$replace</c>.</summary>
internal static class RegexFunctions
{
    public static IEnumerable<NativeFunction> Definitions()
    {
        yield return Define("contains", "<s-(sf):b>", 2, (ev, a, _, env) =>
        {
            if (a[0] is not string s)
            {
                return null;
            }

            return a[1] is string t ? Boxes.Of(s.Contains(t, StringComparison.Ordinal)) : Boxes.Of(FirstMatch(ev, a[1], s, env) is not null);
        });
        yield return Define("split", "<s-(sf)n?:a<s>>", 3, (ev, a, _, env) => a[0] is string s ? Split(ev, s, a[1], Arg(a, 2) as double?, env) : null);
        yield return Define("match", "<s-f<s:o>n?:a<o>>", 3, (ev, a, _, env) => a[0] is string s ? MatchAll(ev, s, a[1], Arg(a, 2) as double?, env) : null);
        yield return Define("replace", "<s-(sf)(sf)n?:s>", 4, (ev, a, _, env) => a[0] is string s ? Replace(ev, s, a[1], a[2], Arg(a, 3) as double?, env) : null);
    }

    /// <summary>Matches in JavaScript's order: each next search starts at the previous end; later empty matches are errors.</summary>
    private static IEnumerable<Match> Matches(Regex re, string s)
    {
        var m = re.Match(s, 0);
        var first = true;
        while (m.Success)
        {
            if (!first && m.Length == 0)
            {
                throw new JsonataException("D1004", $"Regular expression matches zero length string: {re}");
            }

            first = false;
            yield return m;
            var next = m.Index + m.Length;
            if (next >= s.Length)
            {
                yield break;
            }

            m = re.Match(s, next);
        }
    }

    private static JObject? FirstMatch(Evaluator ev, object? matcher, string s, Frame env) =>
        matcher is RegexFunction rf ? RegexFunction.MatchObject(rf.Regex.Match(s)) : ev.Apply(matcher, [s], null, env, -1) as JObject;

    private static List<(int Start, int End, string Match, JArray Groups)> Collect(Evaluator ev, object? matcher, string s, Frame env, int limit)
    {
        var result = new List<(int, int, string, JArray)>();
        if (matcher is RegexFunction rf)
        {
            foreach (var m in Matches(rf.Regex, s))
            {
                if (result.Count >= limit)
                {
                    break;
                }

                var groups = new JArray();
                for (var i = 1; i < m.Groups.Count; i++)
                {
                    groups.Add(m.Groups[i].Value);
                }

                result.Add((m.Index, m.Index + m.Length, m.Value, groups));
            }

            return result;
        }

        var mo = CheckMatcherResult(ev.Apply(matcher, [s], null, env, -1));
        while (mo is not null && result.Count < limit)
        {
            result.Add(((int)(double)mo["start"]!, (int)(double)mo["end"]!, (string)mo["match"]!, mo["groups"] as JArray ?? []));
            mo = mo.TryGetValue("next", out var nx) && nx is JFunction nf ? CheckMatcherResult(ev.Apply(nf, [], null, env, -1)) : null;
        }

        return result;
    }

    private static JObject? CheckMatcherResult(object? v)
    {
        if (v is null)
        {
            return null;
        }

        if (v is JObject o && (o.GetValueOrDefault("start") is double || o.GetValueOrDefault("end") is double || o.GetValueOrDefault("groups") is JArray || o.GetValueOrDefault("next") is JFunction))
        {
            return o;
        }

        throw new JsonataException("T1010", "The matcher function argument passed to function split does not return the correct object structure");
    }

    private static JArray Split(Evaluator ev, string s, object? sep, double? limit, Frame env)
    {
        if (limit < 0)
        {
            throw new JsonataException("D3020", "Third argument of split function must evaluate to a positive number");
        }

        var max = limit is { } l ? (int)Math.Floor(l) : int.MaxValue;
        var result = new JArray();
        if (sep is string ss)
        {
            var parts = ss.Length == 0 ? s.Select(c => c.ToString()).ToArray() : s.Split(ss);
            foreach (var p in parts.Take(max))
            {
                result.Add(p);
            }

            return result;
        }

        var matches = Collect(ev, sep, s, env, max);
        var start = 0;
        foreach (var m in matches)
        {
            result.Add(s[start..m.Start]);
            start = m.End;
        }

        if (matches.Count < max)
        {
            result.Add(s[start..]);
        }

        return result;
    }

    private static JArray MatchAll(Evaluator ev, string s, object? matcher, double? limit, Frame env)
    {
        if (limit < 0)
        {
            throw new JsonataException("D3040", "Third argument of match function must evaluate to a positive number");
        }

        var result = JArray.Sequence();
        foreach (var m in Collect(ev, matcher, s, env, limit is { } l ? (int)Math.Floor(l) : int.MaxValue))
        {
            result.Add(new JObject { ["match"] = m.Match, ["index"] = (double)m.Start, ["groups"] = m.Groups });
        }

        return result;
    }

    private static string Replace(Evaluator ev, string s, object? pattern, object? replacement, double? limit, Frame env)
    {
        if (pattern is "")
        {
            throw new JsonataException("D3010", "Second argument of replace function cannot be an empty string");
        }

        if (limit < 0)
        {
            throw new JsonataException("D3011", "Fourth argument of replace function must evaluate to a positive number");
        }

        var max = limit is { } l ? (int)Math.Floor(l) : int.MaxValue;
        var sb = new StringBuilder();
        var position = 0;
        if (pattern is string ps)
        {
            var count = 0;
            var index = s.IndexOf(ps, StringComparison.Ordinal);
            while (index >= 0 && count < max)
            {
                sb.Append(s, position, index - position).Append(replacement as string);
                position = index + ps.Length;
                count++;
                index = s.IndexOf(ps, position, StringComparison.Ordinal);
            }

            return sb.Append(s, position, s.Length - position).ToString();
        }

        foreach (var m in Collect(ev, pattern, s, env, max))
        {
            sb.Append(s, position, m.Start - position);
            string with;
            if (replacement is string rs)
            {
                with = Substitute(rs, m.Match, m.Groups);
            }
            else
            {
                var mo = new JObject { ["match"] = m.Match, ["index"] = (double)m.Start, ["groups"] = m.Groups };
                with = ev.Apply(replacement, [mo], null, env, -1) as string
                    ?? throw new JsonataException("D3012", "Attempted to replace a matched string with a non-string value");
            }

            sb.Append(with);
            position = m.Start + m.Match.Length;
        }

        return sb.Append(s, position, s.Length - position).ToString();
    }

    private static string Substitute(string replacement, string match, JArray groups)
    {
        var sb = new StringBuilder();
        var position = 0;
        var index = replacement.IndexOf('$', position);
        while (index >= 0 && position < replacement.Length)
        {
            sb.Append(replacement, position, index - position);
            position = index + 1;
            var dollar = position < replacement.Length ? replacement[position] : '\0';
            if (dollar == '$')
            {
                sb.Append('$');
                position++;
            }
            else if (dollar == '0')
            {
                sb.Append(match);
                position++;
            }
            else
            {
                var maxDigits = groups.Count == 0 ? 1 : (int)Math.Floor(Math.Log10(groups.Count)) + 1;
                var n = ParseLeadingInt(replacement, position, maxDigits);
                if (maxDigits > 1 && n > groups.Count)
                {
                    n = ParseLeadingInt(replacement, position, maxDigits - 1);
                }

                if (n is { } gi)
                {
                    if (groups.Count > 0 && gi - 1 < groups.Count && gi >= 1)
                    {
                        sb.Append(groups[gi - 1] as string);
                    }

                    position += gi.ToString(CultureInfo.InvariantCulture).Length;
                }
                else
                {
                    sb.Append('$');
                }
            }

            index = replacement.IndexOf('$', position);
        }

        return sb.Append(replacement, position, replacement.Length - position).ToString();
    }

    private static int? ParseLeadingInt(string s, int start, int maxLen)
    {
        var end = start;
        while (end < s.Length && end - start < maxLen && char.IsAsciiDigit(s[end]))
        {
            end++;
        }

        return end == start ? null : int.Parse(s.AsSpan(start, end - start), CultureInfo.InvariantCulture);
    }
}

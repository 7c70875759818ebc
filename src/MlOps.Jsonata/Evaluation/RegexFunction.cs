using System.Text.RegularExpressions;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata.Evaluation;

/// <summary>A regex literal: called with a string it returns the first match object (with <c>next()</c>), or undefined.</summary>
internal sealed class RegexFunction(Regex regex) : JFunction
{
    public Regex Regex { get; } = regex;

    public override int Arity => 1;

    public override object? Invoke(Evaluator ev, List<object?> args, object? input, Frame env)
    {
        if (args.Count == 0 || args[0] is not string s)
        {
            return null;
        }

        return MatchObject(Regex.Match(s));
    }

    public static JObject? MatchObject(Match m)
    {
        if (!m.Success)
        {
            return null;
        }

        var groups = new JArray();
        for (var i = 1; i < m.Groups.Count; i++)
        {
            groups.Add(m.Groups[i].Value);
        }

        var o = new JObject
        {
            ["match"] = m.Value,
            ["start"] = (double)m.Index,
            ["end"] = (double)(m.Index + m.Length),
            ["groups"] = groups,
        };
        var nextMatch = m.NextMatch();
        o["next"] = new NativeFunction("next", 0, (_, _, _, _) => MatchObject(nextMatch));
        return o;
    }
}

using System.Text;
using System.Text.RegularExpressions;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata.Evaluation;

/// <summary>A function signature (<c>&lt;s-n?:s&gt;</c>): validates arguments and fills in the context argument.</summary>
internal sealed class Signature
{
    private readonly List<Param> _params;
    private readonly Regex _regex;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]?> _matches = new(StringComparer.Ordinal);

    private Signature(List<Param> ps, Regex regex)
    {
        _params = ps;
        _regex = regex;
    }

    public int ParamCount => _params.Count;

    public static Signature Parse(string text, int position = -1)
    {
        var ps = new List<Param>();
        var i = 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ':')
            {
                break;
            }

            switch (c)
            {
                case 's' or 'n' or 'b' or 'l' or 'o':
                    ps.Add(new Param { Regex = "[" + c + "m]", Type = c.ToString() });
                    break;
                case 'a':
                    ps.Add(new Param { Regex = "[asnblfom]", Type = "a", IsArray = true });
                    break;
                case 'f':
                    ps.Add(new Param { Regex = "f", Type = "f" });
                    break;
                case 'j':
                    ps.Add(new Param { Regex = "[asnblom]", Type = "j" });
                    break;
                case 'x':
                    ps.Add(new Param { Regex = "[asnblfom]", Type = "x" });
                    break;
                case '-':
                    ps[^1].Context = true;
                    ps[^1].ContextRegex = new Regex("^" + ps[^1].Regex + "$", RegexOptions.CultureInvariant);
                    ps[^1].Regex += "?";
                    break;
                case '?' or '+':
                    ps[^1].Regex += c;
                    break;
                case '(':
                    {
                        var end = text.IndexOf(')', i);
                        var choice = text[(i + 1)..end];
                        if (choice.Contains('<', StringComparison.Ordinal))
                        {
                            throw new JsonataException("S0402", "Choice groups containing parameterized types are not supported", position);
                        }

                        ps.Add(new Param { Regex = "[" + choice + "m]", Type = "(" + choice + ")" });
                        i = end;
                        break;
                    }

                case '<':
                    {
                        var prev = ps[^1];
                        if (prev.Type is not ("a" or "f"))
                        {
                            throw new JsonataException("S0401", $"Type parameters can only be applied to functions and arrays", position);
                        }

                        var depth = 1;
                        var j = i + 1;
                        while (j < text.Length && depth > 0)
                        {
                            depth += text[j] == '<' ? 1 : text[j] == '>' ? -1 : 0;
                            j++;
                        }

                        prev.Subtype = text[(i + 1)..(j - 1)];
                        i = j - 1;
                        break;
                    }

                case '>':
                    break;
                default:
                    throw new JsonataException("S0401", $"Unknown signature type: {c}", position, c.ToString());
            }

            i++;
        }

        var sb = new StringBuilder("^");
        foreach (var p in ps)
        {
            sb.Append('(').Append(p.Regex).Append(')');
        }

        sb.Append('$');
        return new Signature(ps, new Regex(sb.ToString(), RegexOptions.CultureInvariant));
    }

    public static char Symbol(object? v) => v switch
    {
        null => 'm',
        string => 's',
        double => 'n',
        bool => 'b',
        JNull => 'l',
        JArray => 'a',
        JObject => 'o',
        JFunction => 'f',
        _ => 'm',
    };

    public List<object?> Validate(List<object?> args, object? context, int position)
    {
        var supplied = new StringBuilder(args.Count);
        foreach (var a in args)
        {
            supplied.Append(Symbol(a));
        }

        var sig = supplied.ToString();
        if (!_matches.TryGetValue(sig, out var groups))
        {
            var m = _regex.Match(sig);
            groups = m.Success ? [.. m.Groups.Cast<Group>().Skip(1).Select(g => g.Value)] : null;
            _matches[sig] = groups;
        }

        if (groups is null)
        {
            ThrowValidationError(sig, position);
            return args;
        }

        var result = new List<object?>(_params.Count);
        var argIndex = 0;
        for (var pi = 0; pi < _params.Count; pi++)
        {
            var p = _params[pi];
            var match = groups[pi];
            if (match.Length == 0)
            {
                if (p.Context && p.ContextRegex is not null)
                {
                    if (p.ContextRegex.IsMatch(Symbol(context).ToString()))
                    {
                        result.Add(context);
                    }
                    else
                    {
                        throw new JsonataException("T0411", $"Context value is not a compatible type with argument {argIndex + 1} of function", position) { };
                    }
                }
                else
                {
                    result.Add(argIndex < args.Count ? args[argIndex] : null);
                    argIndex++;
                }

                continue;
            }

            foreach (var single in match)
            {
                var arg = args[argIndex];
                if (p.Type == "a")
                {
                    if (single == 'm')
                    {
                        arg = null;
                    }
                    else
                    {
                        if (p.Subtype is not null)
                        {
                            var ok = true;
                            if (single != 'a' && match != p.Subtype)
                            {
                                ok = false;
                            }
                            else if (single == 'a' && arg is JArray arr && arr.Count > 0)
                            {
                                var itemType = Symbol(arr[0]);
                                ok = itemType == p.Subtype[0] && arr.TrueForAll(x => Symbol(x) == itemType);
                            }

                            if (!ok)
                            {
                                throw new JsonataException("T0412", $"Argument {argIndex + 1} of function must be an array of {TypeName(p.Subtype[0])}", position);
                            }
                        }

                        if (single != 'a')
                        {
                            arg = new JArray { arg };
                        }
                    }
                }

                result.Add(arg);
                argIndex++;
            }
        }

        return result;
    }

    private void ThrowValidationError(string sig, int position)
    {
        var partial = "^";
        var goodTo = 0;
        foreach (var p in _params)
        {
            partial += p.Regex;
            var m = Regex.Match(sig, partial, RegexOptions.CultureInvariant);
            if (!m.Success)
            {
                break;
            }

            goodTo = m.Length;
        }

        throw new JsonataException("T0410", $"Argument {goodTo + 1} of function does not match function signature", position);
    }

    private static string TypeName(char c) => c switch
    {
        'a' => "arrays",
        'b' => "booleans",
        'f' => "functions",
        'n' => "numbers",
        'o' => "objects",
        's' => "strings",
        _ => "values",
    };

    private sealed class Param
    {
        public string Regex { get; set; } = "";

        public string Type { get; init; } = "";

        public bool IsArray { get; init; }

        public string? Subtype { get; set; }

        public bool Context { get; set; }

        public Regex? ContextRegex { get; set; }
    }
}

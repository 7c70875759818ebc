using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Paths;

/// <summary>Recursive-descent parser for JSONPath text, including filter expressions.</summary>
internal sealed class JsonPathParser(string text)
{
    private readonly string _text = text ?? throw new ArgumentNullException(nameof(text));
    private int _pos;

    public JsonPath ParseFull()
    {
        var path = ParsePath(inFilter: false);
        if (_pos != _text.Length)
        {
            throw Error("unexpected character '" + _text[_pos] + "'");
        }

        return path;
    }

    private JsonPath ParsePath(bool inFilter)
    {
        var start = _pos;
        var root = PathRoot.Input;
        string? variable = null;
        if (Peek() == '@' && inFilter)
        {
            _pos++;
        }
        else if (Peek() != '$')
        {
            throw Error("a path must start with '$'");
        }
        else
        {
            _pos++;
            if (Peek() == '$')
            {
                _pos++;
                root = PathRoot.Context;
            }
            else if (_pos < _text.Length && IsNameStart(_text[_pos]))
            {
                var vs = _pos;
                while (_pos < _text.Length && IsVariableChar(_text[_pos]))
                {
                    _pos++;
                }

                variable = _text[vs.._pos];
                root = PathRoot.Variable;
            }
        }

        var segments = new List<PathSegment>();
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '.')
            {
                if (At(".."))
                {
                    _pos += 2;
                    if (Peek() == '[')
                    {
                        segments.Add(new RecursiveSegment(ParseBracket()));
                    }
                    else
                    {
                        segments.Add(new RecursiveSegment(ParseDotName(inFilter)));
                    }
                }
                else
                {
                    _pos++;
                    segments.Add(ParseDotName(inFilter));
                }
            }
            else if (c == '[')
            {
                segments.Add(ParseBracket());
            }
            else if (inFilter)
            {
                break;
            }
            else
            {
                throw Error("unexpected character '" + c + "'");
            }
        }

        return new JsonPath(_text[start.._pos], root, variable, [.. segments]);
    }

    private PathSegment ParseDotName(bool inFilter)
    {
        if (Peek() == '*')
        {
            _pos++;
            return new WildcardSegment();
        }

        var start = _pos;
        while (_pos < _text.Length && _text[_pos] is not '.' and not '[' &&
               !(inFilter && (char.IsWhiteSpace(_text[_pos]) || _text[_pos] is ')' or '=' or '<' or '>' or '!' or '&' or '|')))
        {
            _pos++;
        }

        if (_pos == start)
        {
            throw Error("expected a property name");
        }

        var name = _text[start.._pos];
        if (inFilter && name == "length")
        {
            return new NameSegment(name);
        }

        return new NameSegment(name);
    }

    private PathSegment ParseBracket()
    {
        Expect('[');
        SkipWs();
        PathSegment result;
        if (Peek() == '*')
        {
            _pos++;
            result = new WildcardSegment();
        }
        else if (At("?("))
        {
            _pos += 2;
            var filter = ParseOr();
            SkipWs();
            Expect(')');
            result = new FilterSegment(filter);
        }
        else if (At("(@.length"))
        {
            _pos += "(@.length".Length;
            SkipWs();
            var offset = 0;
            if (Peek() == '-')
            {
                _pos++;
                SkipWs();
                offset = -ParseInt();
            }

            SkipWs();
            Expect(')');
            result = new LengthOffsetSegment(offset);
        }
        else if (Peek() is '\'' or '"')
        {
            var keys = new List<object> { ParseQuoted() };
            SkipWs();
            while (Peek() == ',')
            {
                _pos++;
                SkipWs();
                keys.Add(ParseQuoted());
                SkipWs();
            }

            result = keys.Count == 1 ? new NameSegment((string)keys[0]) : new UnionSegment(keys);
        }
        else
        {
            result = ParseIndexOrSlice();
        }

        SkipWs();
        Expect(']');
        return result;
    }

    private PathSegment ParseIndexOrSlice()
    {
        int? first = Peek() is '-' or (>= '0' and <= '9') ? ParseInt() : null;
        SkipWs();
        if (Peek() == ':')
        {
            _pos++;
            SkipWs();
            int? end = Peek() is '-' or (>= '0' and <= '9') ? ParseInt() : null;
            var step = 1;
            SkipWs();
            if (Peek() == ':')
            {
                _pos++;
                SkipWs();
                if (Peek() is '-' or (>= '0' and <= '9'))
                {
                    step = ParseInt();
                }
            }

            if (step == 0)
            {
                throw Error("slice step cannot be 0");
            }

            return new SliceSegment(first, end, step);
        }

        if (first is null)
        {
            throw Error("expected an index, a slice, '*', a quoted name or a filter");
        }

        if (Peek() == ',')
        {
            var keys = new List<object> { first.Value };
            while (Peek() == ',')
            {
                _pos++;
                SkipWs();
                keys.Add(ParseInt());
                SkipWs();
            }

            return new UnionSegment(keys);
        }

        return new IndexSegment(first.Value);
    }

    private FilterExpression ParseOr()
    {
        var left = ParseAnd();
        SkipWs();
        while (At("||"))
        {
            _pos += 2;
            left = new OrFilter(left, ParseAnd());
            SkipWs();
        }

        return left;
    }

    private FilterExpression ParseAnd()
    {
        var left = ParseUnary();
        SkipWs();
        while (At("&&"))
        {
            _pos += 2;
            left = new AndFilter(left, ParseUnary());
            SkipWs();
        }

        return left;
    }

    private FilterExpression ParseUnary()
    {
        SkipWs();
        if (Peek() == '!' && !At("!="))
        {
            _pos++;
            return new NotFilter(ParseUnary());
        }

        if (Peek() == '(')
        {
            _pos++;
            var inner = ParseOr();
            SkipWs();
            Expect(')');
            return inner;
        }

        var left = ParseOperand();
        SkipWs();
        foreach (var op in new[] { "==", "!=", "<=", ">=", "=~", "<", ">" })
        {
            if (At(op))
            {
                _pos += op.Length;
                SkipWs();
                return new CompareFilter(left, op, ParseOperand());
            }
        }

        return new ExistsFilter(left);
    }

    private FilterOperand ParseOperand()
    {
        SkipWs();
        var c = Peek();
        if (c is '@' or '$')
        {
            var relative = c == '@';
            var path = ParsePath(inFilter: true);
            return new FilterOperand(null, path, relative);
        }

        if (c is '\'' or '"')
        {
            return new FilterOperand(JsonValue.Create(ParseQuoted()), null, false);
        }

        if (c == '/')
        {
            var end = _text.IndexOf('/', _pos + 1);
            if (end < 0)
            {
                throw Error("unterminated regular expression");
            }

            var regex = _text[_pos..(end + 1)];
            _pos = end + 1;
            while (Peek() is 'i' or 'm' or 's')
            {
                _pos++;
            }

            return new FilterOperand(JsonValue.Create(regex), null, false);
        }

        var start = _pos;
        while (_pos < _text.Length && !char.IsWhiteSpace(_text[_pos]) && _text[_pos] is not ')' and not '&' and not '|'
               and not '=' and not '<' and not '>' and not '!')
        {
            _pos++;
        }

        var token = _text[start.._pos];
        if (token.Length == 0)
        {
            throw Error("expected an operand");
        }

        try
        {
            return new FilterOperand(JsonNode.Parse(token), null, false);
        }
        catch (System.Text.Json.JsonException)
        {
            throw Error("invalid literal '" + token + "'");
        }
    }

    private string ParseQuoted()
    {
        var quote = _text[_pos++];
        var sb = new StringBuilder();
        while (_pos < _text.Length && _text[_pos] != quote)
        {
            if (_text[_pos] == '\\' && _pos + 1 < _text.Length && _text[_pos + 1] == quote)
            {
                _pos++;
            }

            sb.Append(_text[_pos++]);
        }

        Expect(quote);
        return sb.ToString();
    }

    private int ParseInt()
    {
        var start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }

        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
        {
            _pos++;
        }

        if (!int.TryParse(_text.AsSpan(start, _pos - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw Error("expected an integer");
        }

        return value;
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsVariableChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private bool At(string s) => string.CompareOrdinal(_text, _pos, s, 0, s.Length) == 0;

    private void SkipWs()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error("expected '" + c + "'");
        }

        _pos++;
    }

    private FormatException Error(string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Invalid JSONPath '{_text}' at position {_pos}: {message}"));
}

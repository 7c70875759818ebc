using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata.Parsing;

/// <summary>Splits expression text into tokens, on demand.</summary>
internal sealed partial class Lexer(string text)
{
    private const string OperatorChars = ".[]{}(),@#;:?+-*/%|=<>^&!~";
    private int _pos;

    public Token Next(bool prefix)
    {
        SkipWhitespaceAndComments();
        if (_pos >= text.Length)
        {
            return new Token(TokenKind.End, "(end)", null, _pos);
        }

        var start = _pos;
        var c = text[_pos];
        if (prefix && c == '/')
        {
            return ScanRegex();
        }

        var two = _pos + 1 < text.Length ? text.Substring(_pos, 2) : "";
        if (two is ".." or ":=" or "!=" or ">=" or "<=" or "**" or "~>")
        {
            _pos += 2;
            return new Token(TokenKind.Operator, two, null, start);
        }

        if (c is '!' or '~')
        {
            throw new JsonataException("S0204", $"Unknown operator: \"{c}\"", start, c.ToString());
        }

        if (OperatorChars.Contains(c, StringComparison.Ordinal))
        {
            _pos++;
            return new Token(TokenKind.Operator, c.ToString(), null, start);
        }

        if (c is '"' or '\'')
        {
            return ScanString(c);
        }

        if (c is >= '0' and <= '9')
        {
            return ScanNumber();
        }

        if (c == '`')
        {
            var end = text.IndexOf('`', _pos + 1);
            if (end < 0)
            {
                throw new JsonataException("S0105", "Quoted property name must be terminated with a backquote (`)", _pos);
            }

            var name = text.Substring(_pos + 1, end - _pos - 1);
            _pos = end + 1;
            return new Token(TokenKind.Name, name, null, start);
        }

        var i = _pos;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && !OperatorChars.Contains(text[i], StringComparison.Ordinal))
        {
            i++;
        }

        var word = text[_pos..i];
        _pos = i;
        if (word.StartsWith('$'))
        {
            return new Token(TokenKind.Variable, word[1..], null, start);
        }

        return word switch
        {
            "and" or "or" or "in" => new Token(TokenKind.Operator, word, null, start),
            "true" => new Token(TokenKind.Value, word, Boxes.True, start),
            "false" => new Token(TokenKind.Value, word, Boxes.False, start),
            "null" => new Token(TokenKind.Value, word, JNull.Value, start),
            _ => new Token(TokenKind.Name, word, null, start),
        };
    }

    /// <summary>Reads a function signature starting at the <c>&lt;</c> at <paramref name="start"/>.</summary>
    public string ReadSignature(int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '<')
            {
                depth++;
            }
            else if (text[i] == '>' && --depth == 0)
            {
                _pos = i + 1;
                return text[start..(i + 1)];
            }
        }

        throw new JsonataException("S0402", "Unterminated function signature", start);
    }

    private void SkipWhitespaceAndComments()
    {
        while (_pos < text.Length)
        {
            var c = text[_pos];
            if (c is ' ' or '\t' or '\n' or '\r' or '\v')
            {
                _pos++;
            }
            else if (c == '/' && _pos + 1 < text.Length && text[_pos + 1] == '*')
            {
                var end = text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new JsonataException("S0106", "Comment has no closing tag", _pos);
                }

                _pos = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private Token ScanString(char quote)
    {
        var start = _pos;
        _pos++;
        var sb = new StringBuilder();
        while (_pos < text.Length)
        {
            var c = text[_pos];
            if (c == '\\')
            {
                _pos++;
                if (_pos >= text.Length)
                {
                    break;
                }

                c = text[_pos];
                switch (c)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (_pos + 4 < text.Length && int.TryParse(text.AsSpan(_pos + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                        {
                            sb.Append((char)code);
                            _pos += 4;
                            break;
                        }

                        throw new JsonataException("S0104", "The escape sequence \\u must be followed by 4 hex digits", _pos);
                    default:
                        throw new JsonataException("S0103", $"Unsupported escape sequence: \\{c}", _pos, c.ToString());
                }

                _pos++;
            }
            else if (c == quote)
            {
                _pos++;
                return new Token(TokenKind.String, sb.ToString(), null, start);
            }
            else
            {
                sb.Append(c);
                _pos++;
            }
        }

        throw new JsonataException("S0101", "String literal must be terminated by a matching quote", _pos);
    }

    private Token ScanNumber()
    {
        var start = _pos;
        var m = NumberPattern().Match(text, _pos);
        _pos += m.Length;
        var d = double.Parse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(d))
        {
            throw new JsonataException("S0102", $"Number out of range: {m.Value}", start, m.Value);
        }

        return new Token(TokenKind.Number, m.Value, d, start);
    }

    private Token ScanRegex()
    {
        var start = ++_pos;
        var depth = 0;
        while (_pos < text.Length)
        {
            var c = text[_pos];
            if (c == '/' && depth == 0 && !IsEscaped(_pos))
            {
                var pattern = text[start.._pos];
                if (pattern.Length == 0)
                {
                    throw new JsonataException("S0301", "Empty regular expressions are not allowed", _pos);
                }

                _pos++;
                var flagStart = _pos;
                while (_pos < text.Length && text[_pos] is 'i' or 'm')
                {
                    _pos++;
                }

                var flags = text[flagStart.._pos];
                return new Token(TokenKind.Regex, pattern, RegexSupport.Compile(pattern, flags, start), start - 1);
            }

            if (c is '(' or '[' or '{' && !IsEscaped(_pos))
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' && !IsEscaped(_pos))
            {
                depth--;
            }

            _pos++;
        }

        throw new JsonataException("S0302", "No terminating / in regular expression", _pos);
    }

    private bool IsEscaped(int at)
    {
        var n = 0;
        while (at - n - 1 >= 0 && text[at - n - 1] == '\\')
        {
            n++;
        }

        return n % 2 == 1;
    }

    [GeneratedRegex(@"\G(0|[1-9][0-9]*)(\.[0-9]+)?([Ee][-+]?[0-9]+)?")]
    private static partial Regex NumberPattern();
}

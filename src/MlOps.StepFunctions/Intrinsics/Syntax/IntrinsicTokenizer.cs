using System.Text;

namespace MlOps.StepFunctions.Intrinsics.Syntax;

/// <summary>
/// Splits intrinsic-call text into tokens. String literals are single-quoted; inside them a backslash
/// escapes <c>'</c>, <c>{</c>, <c>}</c> and <c>\</c> (the ASL spec's reserved characters) and nothing else.
/// </summary>
internal sealed class IntrinsicTokenizer(string text)
{
    private readonly string _text = text;
    private int _index;

    /// <summary>Reads the next token; throws <see cref="IntrinsicParseException"/> on a lexical error.</summary>
    public IntrinsicToken Next()
    {
        while (_index < _text.Length && char.IsWhiteSpace(_text[_index]))
        {
            _index++;
        }

        if (_index >= _text.Length)
        {
            return new IntrinsicToken(IntrinsicTokenKind.End, string.Empty, string.Empty, _text.Length + 1);
        }

        var start = _index;
        var c = _text[_index];
        switch (c)
        {
            case '(':
                _index++;
                return new IntrinsicToken(IntrinsicTokenKind.OpenParen, "(", "(", start + 1);
            case ')':
                _index++;
                return new IntrinsicToken(IntrinsicTokenKind.CloseParen, ")", ")", start + 1);
            case ',':
                _index++;
                return new IntrinsicToken(IntrinsicTokenKind.Comma, ",", ",", start + 1);
            case '\'':
                return ReadString();
            case '$':
                return ReadPath();
        }

        if (c == '-' || char.IsAsciiDigit(c))
        {
            return ReadNumber();
        }

        if (char.IsAsciiLetter(c))
        {
            return ReadWord();
        }

        throw IntrinsicParseErrors.At(_text, start + 1, $"unexpected character '{c}'");
    }

    private IntrinsicToken ReadString()
    {
        var start = _index;
        _index++;
        var value = new StringBuilder();
        while (_index < _text.Length)
        {
            var c = _text[_index];
            if (c == '\'')
            {
                _index++;
                var raw = _text[(start + 1)..(_index - 1)];
                return new IntrinsicToken(IntrinsicTokenKind.String, value.ToString(), raw, start + 1);
            }

            if (c == '\\')
            {
                if (_index + 1 >= _text.Length)
                {
                    break;
                }

                var escaped = _text[_index + 1];
                if (escaped is not ('\'' or '{' or '}' or '\\'))
                {
                    throw IntrinsicParseErrors.At(
                        _text, _index + 1, $"invalid escape sequence '\\{escaped}' (only \\', \\{{, \\}} and \\\\ are allowed)");
                }

                value.Append(escaped);
                _index += 2;
                continue;
            }

            value.Append(c);
            _index++;
        }

        throw IntrinsicParseErrors.At(_text, start + 1, "unterminated string literal (missing closing ')");
    }

    private IntrinsicToken ReadNumber()
    {
        var start = _index;
        if (_text[_index] == '-')
        {
            _index++;
        }

        var digitsStart = _index;
        SkipDigits();
        if (_index == digitsStart)
        {
            throw IntrinsicParseErrors.At(_text, start + 1, "'-' must be followed by a digit");
        }

        if (_index < _text.Length && _text[_index] == '.')
        {
            _index++;
            var fractionStart = _index;
            SkipDigits();
            if (_index == fractionStart)
            {
                throw IntrinsicParseErrors.At(_text, fractionStart, "a decimal point must be followed by a digit");
            }
        }

        if (_index < _text.Length && _text[_index] is 'e' or 'E')
        {
            _index++;
            if (_index < _text.Length && _text[_index] is '+' or '-')
            {
                _index++;
            }

            var exponentStart = _index;
            SkipDigits();
            if (_index == exponentStart)
            {
                throw IntrinsicParseErrors.At(_text, exponentStart, "an exponent must have digits");
            }
        }

        if (_index < _text.Length && (char.IsAsciiLetterOrDigit(_text[_index]) || _text[_index] is '.' or '_'))
        {
            throw IntrinsicParseErrors.At(_text, _index + 1, $"unexpected character '{_text[_index]}' in a number");
        }

        var raw = _text[start.._index];
        return new IntrinsicToken(IntrinsicTokenKind.Number, raw, raw, start + 1);
    }

    private IntrinsicToken ReadWord()
    {
        var start = _index;
        while (_index < _text.Length && (char.IsAsciiLetterOrDigit(_text[_index]) || _text[_index] is '.' or '_'))
        {
            _index++;
        }

        var word = _text[start.._index];
        var kind = word is "true" or "false" or "null" ? IntrinsicTokenKind.Keyword : IntrinsicTokenKind.FunctionName;
        return new IntrinsicToken(kind, word, word, start + 1);
    }

    private IntrinsicToken ReadPath()
    {
        var start = _index;
        var depth = 0;
        char? quote = null;
        while (_index < _text.Length)
        {
            var c = _text[_index];
            if (quote is not null)
            {
                if (c == '\\' && _index + 1 < _text.Length)
                {
                    _index++;
                }
                else if (c == quote)
                {
                    quote = null;
                }
            }
            else if (depth > 0 && c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (depth == 0 && (c is ',' or ')' or '(' || char.IsWhiteSpace(c)))
            {
                break;
            }

            _index++;
        }

        if (quote is not null || depth != 0)
        {
            throw IntrinsicParseErrors.At(_text, start + 1, "unterminated '[' or quote in path");
        }

        var path = _text[start.._index];
        IntrinsicPathSyntax.Validate(_text, path, start + 1);
        return new IntrinsicToken(IntrinsicTokenKind.Path, path, path, start + 1);
    }

    private void SkipDigits()
    {
        while (_index < _text.Length && char.IsAsciiDigit(_text[_index]))
        {
            _index++;
        }
    }
}

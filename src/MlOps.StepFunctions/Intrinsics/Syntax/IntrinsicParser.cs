using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Syntax;

/// <summary>
/// Recursive-descent parser for <c>call := NAME '(' [arg (',' arg)*] ')'</c>,
/// <c>arg := call | string | number | true | false | null | path</c>. Checks function names, arity and the
/// types of literal arguments, so every such mistake is a definition error naming its position.
/// </summary>
internal sealed class IntrinsicParser
{
    private readonly string _text;
    private readonly IntrinsicTokenizer _tokenizer;
    private IntrinsicToken _current;
    private int _depth;

    private IntrinsicParser(string text)
    {
        _text = text;
        _tokenizer = new IntrinsicTokenizer(text);
        _current = _tokenizer.Next();
    }

    /// <summary>The deepest nesting of calls accepted.</summary>
    public const int MaxNesting = 64;

    /// <summary>Parses one complete call; anything after its closing parenthesis is an error.</summary>
    public static CallNode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new IntrinsicParser(text);
        if (parser._current.Kind != IntrinsicTokenKind.FunctionName
            || !parser._current.Text.StartsWith("States.", StringComparison.Ordinal))
        {
            throw parser.Unexpected("a States.* function name");
        }

        var call = parser.ParseCall();
        if (parser._current.Kind != IntrinsicTokenKind.End)
        {
            throw parser.Unexpected("the end of the text after the closing ')'");
        }

        return call;
    }

    private CallNode ParseCall()
    {
        var nameToken = _current;
        if (!nameToken.Text.StartsWith("States.", StringComparison.Ordinal))
        {
            throw Unexpected("a States.* function call or an argument (string, number, true, false, null or path)");
        }

        if (!IntrinsicFunctionCatalog.TryGet(nameToken.Text, out var function))
        {
            throw IntrinsicParseErrors.At(_text, nameToken.Position, $"unknown intrinsic function '{nameToken.Text}'");
        }

        if (++_depth > MaxNesting)
        {
            throw IntrinsicParseErrors.At(_text, nameToken.Position, $"calls are nested more than {MaxNesting} deep");
        }

        Advance();
        Expect(IntrinsicTokenKind.OpenParen, "'(' after the function name");
        var arguments = new List<IntrinsicNode>();
        if (_current.Kind != IntrinsicTokenKind.CloseParen)
        {
            arguments.Add(ParseArgument());
            while (_current.Kind == IntrinsicTokenKind.Comma)
            {
                Advance();
                arguments.Add(ParseArgument());
            }
        }

        var close = _current;
        Expect(IntrinsicTokenKind.CloseParen, "',' or ')'");
        var problem = function.CheckAtDefinition(arguments);
        if (problem is not null)
        {
            var position = problem.Value.ArgumentIndex is { } i ? arguments[i].Position : close.Position;
            throw IntrinsicParseErrors.At(_text, position, problem.Value.Message);
        }

        _depth--;
        return new CallNode(function, arguments, nameToken.Position);
    }

    private IntrinsicNode ParseArgument()
    {
        var token = _current;
        switch (token.Kind)
        {
            case IntrinsicTokenKind.FunctionName:
                return ParseCall();
            case IntrinsicTokenKind.String:
                Advance();
                return new LiteralNode(JsonValue.Create(token.Text), token.Raw, token.Position);
            case IntrinsicTokenKind.Number:
                Advance();
                return new LiteralNode(ParseNumber(token), null, token.Position);
            case IntrinsicTokenKind.Keyword:
                Advance();
                JsonNode? value = token.Text switch
                {
                    "true" => JsonValue.Create(true),
                    "false" => JsonValue.Create(false),
                    _ => null,
                };
                return new LiteralNode(value, null, token.Position);
            case IntrinsicTokenKind.Path:
                Advance();
                return new PathNode(token.Text, token.Position);
            default:
                throw Unexpected("an argument (a call, string, number, true, false, null or path)");
        }
    }

    private JsonNode ParseNumber(IntrinsicToken token)
    {
        if (!double.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d))
        {
            throw IntrinsicParseErrors.At(_text, token.Position, $"number {token.Text} is out of range");
        }

        return JsonNode.Parse(token.Text)!;
    }

    private void Expect(IntrinsicTokenKind kind, string what)
    {
        if (_current.Kind != kind)
        {
            throw Unexpected(what);
        }

        Advance();
    }

    private void Advance() => _current = _tokenizer.Next();

    private IntrinsicParseException Unexpected(string expected) =>
        IntrinsicParseErrors.At(_text, _current.Position, $"expected {expected} but found {_current.Describe()}");
}

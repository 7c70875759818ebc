namespace MlOps.Jsonata.Parsing;

/// <summary>Lexical token kinds.</summary>
internal enum TokenKind
{
    End,
    Operator,
    Name,
    Variable,
    String,
    Number,
    Value,
    Regex,
}

/// <summary>A lexical token: kind, text (operator or name), literal value and start position.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, object? Literal, int Position);

namespace MlOps.StepFunctions.Intrinsics.Syntax;

/// <summary>The lexical classes of the intrinsic-function grammar.</summary>
internal enum IntrinsicTokenKind
{
    /// <summary>A function name such as <c>States.Format</c>.</summary>
    FunctionName,

    /// <summary><c>(</c></summary>
    OpenParen,

    /// <summary><c>)</c></summary>
    CloseParen,

    /// <summary><c>,</c></summary>
    Comma,

    /// <summary>A single-quoted string literal.</summary>
    String,

    /// <summary>A number literal (integer or decimal, optionally negative).</summary>
    Number,

    /// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
    Keyword,

    /// <summary>A path: <c>$</c>, <c>$.a[0]</c>, <c>$$.Execution.Id</c>, <c>$var.a</c>.</summary>
    Path,

    /// <summary>End of the text.</summary>
    End,
}

namespace MlOps.StepFunctions.Intrinsics.Syntax;

/// <summary>One token of an intrinsic call.</summary>
/// <param name="Kind">The lexical class.</param>
/// <param name="Text">The decoded text (string literals without quotes and escapes).</param>
/// <param name="Raw">The source text of the token (string literals: between the quotes, escapes kept).</param>
/// <param name="Position">The 1-based character position where the token starts.</param>
internal sealed record IntrinsicToken(IntrinsicTokenKind Kind, string Text, string Raw, int Position)
{
    /// <summary>How the token is named in error messages.</summary>
    public string Describe() => Kind switch
    {
        IntrinsicTokenKind.End => "the end of the text",
        IntrinsicTokenKind.String => $"the string '{Raw}'",
        _ => $"'{Raw}'",
    };
}

namespace MlOps.StepFunctions.Intrinsics.Syntax;

/// <summary>
/// The shape check for path arguments done when the definition loads: <c>$</c> or <c>$$</c> followed by
/// nothing, <c>.field</c> or <c>[...]</c>, or <c>$name</c> for a variable. Full resolution is the interpreter's.
/// </summary>
internal static class IntrinsicPathSyntax
{
    /// <summary>Throws <see cref="IntrinsicParseException"/> when <paramref name="path"/> is not a path.</summary>
    public static void Validate(string text, string path, int position)
    {
        var rest = path.StartsWith("$$", StringComparison.Ordinal) ? path[2..] : path[1..];
        if (rest.Length == 0 || rest[0] is '.' or '[')
        {
            if (rest.EndsWith('.'))
            {
                throw IntrinsicParseErrors.At(text, position, $"path '{path}' ends with '.'");
            }

            return;
        }

        if (path.StartsWith("$$", StringComparison.Ordinal) || !(char.IsAsciiLetter(rest[0]) || rest[0] == '_'))
        {
            throw IntrinsicParseErrors.At(text, position, $"invalid path '{path}'");
        }
    }
}

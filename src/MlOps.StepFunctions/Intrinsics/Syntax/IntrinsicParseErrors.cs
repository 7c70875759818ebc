using System.Globalization;

namespace MlOps.StepFunctions.Intrinsics.Syntax;

/// <summary>Builds <see cref="IntrinsicParseException"/>s that name the problem, the position and the text.</summary>
internal static class IntrinsicParseErrors
{
    /// <summary>An error at the 1-based <paramref name="position"/> of <paramref name="text"/>.</summary>
    public static IntrinsicParseException At(string text, int position, string problem) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"Invalid intrinsic function call at position {position}: {problem} in \"{text}\""));
}

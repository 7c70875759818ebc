using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Intrinsics.Functions;

/// <summary>
/// The constraints AWS documents for intrinsic arguments. Integer arguments are truncated toward zero
/// first (AWS treats <c>0.49</c> as <c>0</c> for ArrayPartition/ArrayRange/MathRandom).
/// </summary>
internal static class ArgumentRules
{
    /// <summary>A string of at most <paramref name="max"/> characters (UTF-16 code units, as AWS counts).</summary>
    public static ArgumentRule MaxLength(int max) =>
        new($"at most {max} characters", v => v is JsonValue s && s.GetValue<string>().Length <= max);

    /// <summary>A string equal to one of <paramref name="allowed"/> (case-sensitive).</summary>
    public static ArgumentRule OneOf(params string[] allowed) =>
        new("one of " + string.Join(", ", allowed), v => v is JsonValue s && allowed.Contains(s.GetValue<string>(), StringComparer.Ordinal));

    /// <summary>A number whose integer part is not zero.</summary>
    public static ArgumentRule NonZeroInteger { get; } =
        new("a non-zero integer", v => IntrinsicNumbers.TryTruncate(v, out var n) && n != 0);

    /// <summary>A number whose integer part is greater than zero.</summary>
    public static ArgumentRule PositiveInteger { get; } =
        new("an integer greater than 0", v => IntrinsicNumbers.TryTruncate(v, out var n) && n > 0);

    /// <summary>A number whose integer part is a valid 32-bit integer.</summary>
    public static ArgumentRule Int32 { get; } =
        new("an integer between -2147483648 and 2147483647", v => IntrinsicNumbers.TryTruncate(v, out var n) && n is >= int.MinValue and <= int.MaxValue);

    /// <summary>The boolean <c>false</c>.</summary>
    public static ArgumentRule False { get; } =
        new("false", v => v is JsonValue b && !b.GetValue<bool>());
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Intrinsics.Functions;

/// <summary>Number conversions with AWS's (Java's) semantics.</summary>
internal static class IntrinsicNumbers
{
    /// <summary>The value of a JSON number as a double.</summary>
    public static double ToDouble(JsonNode? value) =>
        double.Parse(value!.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The integer part of a JSON number (Java's <c>intValue()</c> truncation); false for non-numbers.</summary>
    public static bool TryTruncate(JsonNode? value, out long result)
    {
        result = 0;
        if (JsonKinds.Of(value) != ArgumentKinds.Number)
        {
            return false;
        }

        var d = double.Truncate(ToDouble(value));
        if (!double.IsFinite(d) || d < long.MinValue || d > long.MaxValue)
        {
            return false;
        }

        result = (long)d;
        return true;
    }

    /// <summary>
    /// Java's <c>Math.round</c>: half rounds up (toward positive infinity), so -2.5 gives -2. Computed from the
    /// exact fraction rather than <c>floor(x + 0.5)</c>, which gets 0.49999999999999994 wrong.
    /// </summary>
    public static double RoundHalfUp(double value)
    {
        var floor = double.Floor(value);
        return value - floor >= 0.5 ? floor + 1 : floor;
    }
}

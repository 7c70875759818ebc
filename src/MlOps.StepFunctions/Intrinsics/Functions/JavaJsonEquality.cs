using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Intrinsics.Functions;

/// <summary>
/// Value equality as AWS's Java runtime sees it (ArrayContains, ArrayUnique): objects equal when they have
/// the same keys with equal values (order ignored), arrays item by item, and numbers only when both are
/// integers or both are decimals of equal value — Java's <c>Integer(1).equals(Double(1.0))</c> is false,
/// so <c>1</c> and <c>1.0</c> differ here although they are the same JSON number.
/// </summary>
internal static class JavaJsonEquality
{
    /// <summary>True when <paramref name="left"/> and <paramref name="right"/> are equal Java values.</summary>
    public static bool AreEqual(JsonNode? left, JsonNode? right)
    {
        var kind = JsonKinds.Of(left);
        if (kind != JsonKinds.Of(right))
        {
            return false;
        }

        switch (kind)
        {
            case ArgumentKinds.Null:
                return true;
            case ArgumentKinds.Object:
                var l = (JsonObject)left!;
                var r = (JsonObject)right!;
                return l.Count == r.Count
                    && l.All(p => r.TryGetPropertyValue(p.Key, out var other) && AreEqual(p.Value, other));
            case ArgumentKinds.Array:
                var la = (JsonArray)left!;
                var ra = (JsonArray)right!;
                return la.Count == ra.Count && la.Zip(ra).All(pair => AreEqual(pair.First, pair.Second));
            case ArgumentKinds.Number:
                return IsIntegerLiteral(left!) == IsIntegerLiteral(right!) && JsonNode.DeepEquals(left, right);
            default:
                return JsonNode.DeepEquals(left, right);
        }
    }

    private static bool IsIntegerLiteral(JsonNode number)
    {
        var text = number.ToJsonString();
        return !text.Contains('.', StringComparison.Ordinal) && !text.Contains('e', StringComparison.OrdinalIgnoreCase);
    }
}

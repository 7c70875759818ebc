using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Syntax;

namespace MlOps.StepFunctions.Intrinsics.Functions;

/// <summary>The evaluated, type-checked arguments of one call, with typed accessors (a struct: one per intrinsic call).</summary>
/// <param name="Values">Evaluated values (fresh nodes, safe to re-parent).</param>
/// <param name="Nodes">The argument nodes, for functions that look at the source (States.Format).</param>
internal readonly record struct IntrinsicArguments(IReadOnlyList<JsonNode?> Values, IReadOnlyList<IntrinsicNode> Nodes)
{
    /// <summary>Number of arguments given.</summary>
    public int Count => Values.Count;

    /// <summary>Argument <paramref name="index"/> as is.</summary>
    public JsonNode? this[int index] => Values[index];

    /// <summary>Argument <paramref name="index"/>, declared as a string.</summary>
    public string String(int index) => Values[index]!.GetValue<string>();

    /// <summary>Argument <paramref name="index"/>, declared as an array.</summary>
    public JsonArray Array(int index) => (JsonArray)Values[index]!;

    /// <summary>Argument <paramref name="index"/>, declared as an object.</summary>
    public JsonObject Object(int index) => (JsonObject)Values[index]!;

    /// <summary>Argument <paramref name="index"/>, declared as a number, as a double.</summary>
    public double Number(int index) => IntrinsicNumbers.ToDouble(Values[index]);

    /// <summary>Argument <paramref name="index"/>, declared as a number, truncated to its integer part.</summary>
    public long Integer(int index) =>
        IntrinsicNumbers.TryTruncate(Values[index], out var n) ? n : throw new InvalidOperationException("not a number");
}

using System.Diagnostics.CodeAnalysis;
using MlOps.StepFunctions.Intrinsics.Array;
using MlOps.StepFunctions.Intrinsics.Encoding;
using MlOps.StepFunctions.Intrinsics.Generic;
using MlOps.StepFunctions.Intrinsics.Hash;
using MlOps.StepFunctions.Intrinsics.Json;
using MlOps.StepFunctions.Intrinsics.Math;
using MlOps.StepFunctions.Intrinsics.String;
using MlOps.StepFunctions.Intrinsics.Uuid;

namespace MlOps.StepFunctions.Intrinsics.Functions;

/// <summary>The 18 <c>States.*</c> functions of the JSONPath dialect, by exact (case-sensitive) name.</summary>
internal static class IntrinsicFunctionCatalog
{
    private static readonly Dictionary<string, IntrinsicFunction> Functions = new IntrinsicFunction[]
    {
        new FormatFunction(),
        new StringToJsonFunction(),
        new JsonToStringFunction(),
        new ArrayFunction(),
        new ArrayPartitionFunction(),
        new ArrayContainsFunction(),
        new ArrayRangeFunction(),
        new ArrayGetItemFunction(),
        new ArrayLengthFunction(),
        new ArrayUniqueFunction(),
        new Base64EncodeFunction(),
        new Base64DecodeFunction(),
        new HashFunction(),
        new JsonMergeFunction(),
        new MathRandomFunction(),
        new MathAddFunction(),
        new StringSplitFunction(),
        new UuidFunction(),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Every function, for documentation and tests.</summary>
    public static IEnumerable<IntrinsicFunction> All => Functions.Values;

    /// <summary>Looks a function up by its full name (<c>States.Format</c>).</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out IntrinsicFunction? function) =>
        Functions.TryGetValue(name, out function);
}

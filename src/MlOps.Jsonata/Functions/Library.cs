using MlOps.Jsonata.Evaluation;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata.Functions;

/// <summary>The built-in function library, bound in a shared root frame.</summary>
internal static partial class Library
{
    private static readonly Lazy<Frame> LazyRoot = new(Build);

    public static Frame Root => LazyRoot.Value;

    public static NativeFunction Define(string name, string? signature, int arity, NativeBody body) =>
        new(name, arity, body) { Signature = signature is null ? null : Signature.Parse(signature) };

    private static Frame Build()
    {
        var frame = new Frame(null);
        foreach (var f in All())
        {
            frame.Bind(f.Name, f);
        }

        return frame;
    }

    private static IEnumerable<NativeFunction> All() =>
        StringFunctions.Definitions()
            .Concat(RegexFunctions.Definitions())
            .Concat(EncodingFunctions.Definitions())
            .Concat(NumericFunctions.Definitions())
            .Concat(IntegerFormat.Definitions())
            .Concat(NumberFormatter.Definitions())
            .Concat(ArrayFunctions.Definitions())
            .Concat(ObjectFunctions.Definitions())
            .Concat(HigherOrderFunctions.Definitions())
            .Concat(DateTimeFunctions.Definitions())
            .Concat(AwsFunctions.Definitions());

    public static object? Arg(List<object?> args, int i) => i < args.Count ? args[i] : null;
}

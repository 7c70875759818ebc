using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics;

namespace MlOps.StepFunctions.Paths;

/// <summary>
/// A compiled payload template (<c>Parameters</c>, <c>ResultSelector</c>, <c>ItemSelector</c>, <c>Assign</c>):
/// keys ending in <c>.$</c> take a path or an intrinsic call, everything else is copied.
/// </summary>
internal abstract class PayloadTemplate
{
    public abstract JsonNode? Evaluate(IPathResolver resolver);

    /// <summary>Compiles; problems are reported to <paramref name="report"/> with a JSON pointer.</summary>
    public static PayloadTemplate Compile(JsonNode? node, string pointer, Action<string, string> report)
    {
        switch (node)
        {
            case JsonObject o:
                var fields = new List<(string Key, PayloadTemplate Value)>(o.Count);
                foreach (var (key, value) in o)
                {
                    var childPointer = pointer + "/" + EscapePointer(key);
                    if (key.EndsWith(".$", StringComparison.Ordinal) && key.Length > 2)
                    {
                        var outKey = key[..^2];
                        if (value is not JsonValue v || !v.TryGetValue<string>(out var expr))
                        {
                            report(childPointer, "the value of a field ending in '.$' must be a string holding a path or an intrinsic function");
                            continue;
                        }

                        fields.Add((outKey, CompileExpression(expr, key, childPointer, report)));
                    }
                    else
                    {
                        fields.Add((key, Compile(value, childPointer, report)));
                    }
                }

                return new ObjectTemplate([.. fields]);
            case JsonArray a:
                var items = new PayloadTemplate[a.Count];
                for (var i = 0; i < a.Count; i++)
                {
                    items[i] = Compile(a[i], pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), report);
                }

                return new ArrayTemplate(items);
            default:
                return new LiteralTemplate(node?.DeepClone());
        }
    }

    /// <summary>Compiles the string of a <c>.$</c> field: a path (<c>$</c>, <c>$$</c>, <c>$var</c>) or an intrinsic call.</summary>
    public static PayloadTemplate CompileExpression(string expr, string field, string pointer, Action<string, string> report)
    {
        if (IntrinsicExpression.IsIntrinsic(expr))
        {
            try
            {
                return new IntrinsicTemplate(IntrinsicExpression.Parse(expr), field);
            }
            catch (IntrinsicParseException ex)
            {
                report(pointer, "invalid intrinsic function: " + ex.Message);
                return new LiteralTemplate(null);
            }
        }

        try
        {
            return new PathTemplate(JsonPath.Parse(expr), field);
        }
        catch (FormatException ex)
        {
            report(pointer, ex.Message);
            return new LiteralTemplate(null);
        }
    }

    internal static string EscapePointer(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}

internal sealed class LiteralTemplate(JsonNode? value) : PayloadTemplate
{
    public override JsonNode? Evaluate(IPathResolver resolver) => value?.DeepClone();
}

internal sealed class ObjectTemplate((string Key, PayloadTemplate Value)[] fields) : PayloadTemplate
{
    public override JsonNode? Evaluate(IPathResolver resolver)
    {
        var pairs = new KeyValuePair<string, JsonNode?>[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            pairs[i] = new(fields[i].Key, fields[i].Value.Evaluate(resolver));
        }

        // The collection constructor sizes the object once (to a prime that often leaves room for a ResultPath field).
        return new JsonObject(pairs);
    }
}

internal sealed class ArrayTemplate(PayloadTemplate[] items) : PayloadTemplate
{
    public override JsonNode? Evaluate(IPathResolver resolver)
    {
        var result = new JsonArray();
        foreach (var item in items)
        {
            result.Add(item.Evaluate(resolver));
        }

        return result;
    }
}

internal sealed class PathTemplate(JsonPath path, string field) : PayloadTemplate
{
    public override JsonNode? Evaluate(IPathResolver resolver) => resolver.ResolveField(path, field)?.DeepClone();
}

internal sealed class IntrinsicTemplate(IntrinsicExpression expression, string field) : PayloadTemplate
{
    public override JsonNode? Evaluate(IPathResolver resolver) => resolver.EvaluateIntrinsic(expression, field);
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Paths;

/// <summary>
/// A compiled JSONPath as AWS evaluates it (Jayway semantics): names, indexes, wildcards, slices, unions,
/// recursive descent and filters. Definite paths yield one node or fail; indefinite paths yield an array
/// of matches (empty when nothing matches).
/// </summary>
public sealed class JsonPath
{
    private readonly PathSegment[] _segments;

    internal JsonPath(string text, PathRoot root, string? variable, PathSegment[] segments)
    {
        Text = text;
        Root = root;
        VariableName = variable;
        _segments = segments;
        IsDefinite = segments.All(s => !s.Indefinite);
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>What the path starts from.</summary>
    public PathRoot Root { get; }

    /// <summary>The variable name for <see cref="PathRoot.Variable"/> paths.</summary>
    public string? VariableName { get; }

    /// <summary>True when the path selects at most one node.</summary>
    public bool IsDefinite { get; }

    /// <summary>True for the bare root (<c>$</c>, <c>$$</c> or <c>$var</c>).</summary>
    public bool IsRootOnly => _segments.Length == 0;

    internal IReadOnlyList<PathSegment> Segments => _segments;

    /// <summary>Parses a path; throws <see cref="FormatException"/> naming the problem.</summary>
    public static JsonPath Parse(string text) => new JsonPathParser(text).ParseFull();

    /// <summary>Evaluates against <paramref name="document"/>; throws <see cref="JsonPathException"/> when a definite path misses.</summary>
    public JsonNode? Evaluate(JsonNode? document)
    {
        if (IsDefinite)
        {
            var current = document;
            for (var i = 0; i < _segments.Length; i++)
            {
                if (!StepDefinite(current, _segments[i], out var next))
                {
                    var last = i == _segments.Length - 1;
                    throw new JsonPathException(last
                        ? "No results for path: " + Render(i + 1)
                        : "Missing property in path " + Render(i + 1));
                }

                current = next;
            }

            return current;
        }

        var results = new List<JsonNode?>();
        Collect(document, document, 0, results);
        var array = new JsonArray();
        foreach (var r in results)
        {
            array.Add(r?.DeepClone());
        }

        return array;
    }

    /// <summary>Evaluates without throwing; false when a definite path misses.</summary>
    public bool TryEvaluate(JsonNode? document, out JsonNode? value)
    {
        if (IsDefinite)
        {
            var current = document;
            foreach (var segment in _segments)
            {
                if (!StepDefinite(current, segment, out current))
                {
                    value = null;
                    return false;
                }
            }

            value = current;
            return true;
        }

        value = Evaluate(document);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    private string Render(int count)
    {
        var sb = new StringBuilder("$");
        for (var i = 0; i < count && i < _segments.Length; i++)
        {
            switch (_segments[i])
            {
                case NameSegment n: sb.Append("['").Append(n.Name).Append("']"); break;
                case IndexSegment x: sb.Append('[').Append(x.Index).Append(']'); break;
                default: sb.Append("[*]"); break;
            }
        }

        return sb.ToString();
    }

    private static bool StepDefinite(JsonNode? current, PathSegment segment, out JsonNode? next)
    {
        next = null;
        switch (segment)
        {
            case NameSegment n when current is JsonObject o:
                return o.TryGetPropertyValue(n.Name, out next);
            case IndexSegment x when current is JsonArray a:
                var idx = x.Index < 0 ? a.Count + x.Index : x.Index;
                if (idx < 0 || idx >= a.Count)
                {
                    return false;
                }

                next = a[idx];
                return true;
            case LengthOffsetSegment l when current is JsonArray a2:
                var li = a2.Count + l.Offset;
                if (li < 0 || li >= a2.Count)
                {
                    return false;
                }

                next = a2[li];
                return true;
            default:
                return false;
        }
    }

    private void Collect(JsonNode? current, JsonNode? root, int index, List<JsonNode?> results)
    {
        if (index == _segments.Length)
        {
            results.Add(current);
            return;
        }

        var segment = _segments[index];
        switch (segment)
        {
            case RecursiveSegment r:
                CollectRecursive(current, root, r.Inner, index, results);
                return;
            case NameSegment or IndexSegment or LengthOffsetSegment:
                if (StepDefinite(current, segment, out var next))
                {
                    Collect(next, root, index + 1, results);
                }

                return;
            default:
                foreach (var child in Children(current, segment, root))
                {
                    Collect(child, root, index + 1, results);
                }

                return;
        }
    }

    private void CollectRecursive(JsonNode? current, JsonNode? root, PathSegment inner, int index, List<JsonNode?> results)
    {
        if (inner is NameSegment or IndexSegment)
        {
            if (StepDefinite(current, inner, out var next))
            {
                Collect(next, root, index + 1, results);
            }
        }
        else
        {
            foreach (var child in Children(current, inner, root))
            {
                Collect(child, root, index + 1, results);
            }
        }

        switch (current)
        {
            case JsonObject o:
                foreach (var (_, value) in o)
                {
                    CollectRecursive(value, root, inner, index, results);
                }

                break;
            case JsonArray a:
                foreach (var value in a)
                {
                    CollectRecursive(value, root, inner, index, results);
                }

                break;
            default:
                break;
        }
    }

    private static IEnumerable<JsonNode?> Children(JsonNode? current, PathSegment segment, JsonNode? root)
    {
        switch (segment)
        {
            case WildcardSegment:
                return current switch
                {
                    JsonObject o => o.Select(p => p.Value),
                    JsonArray a => a,
                    _ => [],
                };
            case SliceSegment s when current is JsonArray a:
                return Slice(a, s);
            case UnionSegment u:
                return Union(current, u);
            case FilterSegment f:
                return current switch
                {
                    JsonArray a => a.Where(item => f.Filter.Test(item, root)),
                    JsonObject o when f.Filter.Test(o, root) => [o],
                    _ => [],
                };
            default:
                return [];
        }
    }

    private static IEnumerable<JsonNode?> Union(JsonNode? current, UnionSegment u)
    {
        foreach (var key in u.Keys)
        {
            if (key is string name && current is JsonObject o && o.TryGetPropertyValue(name, out var v))
            {
                yield return v;
            }
            else if (key is int i && current is JsonArray a)
            {
                var idx = i < 0 ? a.Count + i : i;
                if (idx >= 0 && idx < a.Count)
                {
                    yield return a[idx];
                }
            }
        }
    }

    private static IEnumerable<JsonNode?> Slice(JsonArray a, SliceSegment s)
    {
        var n = a.Count;
        var step = s.Step;
        if (step > 0)
        {
            var start = Norm(s.Start ?? 0, n);
            var end = Norm(s.End ?? n, n);
            for (var i = start; i < end; i += step)
            {
                yield return a[i];
            }
        }
        else
        {
            var start = s.Start is { } st ? Math.Min(Norm(st, n), n - 1) : n - 1;
            var end = s.End is { } en ? Norm(en, n) : -1;
            for (var i = start; i > end; i += step)
            {
                yield return a[i];
            }
        }

        static int Norm(int i, int n) => i < 0 ? Math.Max(0, n + i) : Math.Min(i, n);
    }

    internal static bool IsContainer(JsonNode? node) =>
        node is not null && node.GetValueKind() is JsonValueKind.Object or JsonValueKind.Array;
}

using System.Text.Json.Nodes;
using MlOps.StepFunctions.Json;

namespace MlOps.StepFunctions.Paths;

/// <summary>A reference path (names and indexes only) used to place a result into the input (<c>ResultPath</c>).</summary>
public sealed class ReferencePath
{
    private readonly JsonPath _path;

    private ReferencePath(JsonPath path) => _path = path;

    /// <summary>The source text.</summary>
    public string Text => _path.Text;

    /// <summary>Parses; throws <see cref="FormatException"/> when the text is not a definite <c>$</c> path.</summary>
    public static ReferencePath Parse(string text)
    {
        var path = JsonPath.Parse(text);
        if (path.Root != PathRoot.Input || !path.IsDefinite || path.Segments.Any(s => s is not NameSegment and not IndexSegment))
        {
            throw new FormatException("'" + text + "' is not a valid reference path (only '$', names and indexes are allowed)");
        }

        return new ReferencePath(path);
    }

    /// <summary>
    /// Places <paramref name="value"/> at the path inside <paramref name="input"/>, creating missing objects on the way,
    /// and returns the updated document. The input is updated in place (the interpreter owns every state input);
    /// nothing is changed when the path cannot be applied, which throws <see cref="JsonPathException"/>.
    /// </summary>
    public JsonNode? Apply(JsonNode? input, JsonNode? value)
    {
        if (_path.IsRootOnly)
        {
            return value;
        }

        if (input is not JsonObject and not JsonArray)
        {
            throw Mismatch(input);
        }

        Validate(input);
        if (value is not null && (value.Parent is not null || ReferenceEquals(value, input)))
        {
            value = value.DeepClone();
        }

        JsonNode current = input;
        var segments = _path.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var last = i == segments.Count - 1;
            switch (segments[i])
            {
                case NameSegment n:
                    var o = (JsonObject)current;
                    if (last)
                    {
                        o[n.Name] = value;
                        break;
                    }

                    if (!o.TryGetPropertyValue(n.Name, out var child) || child is null)
                    {
                        child = new JsonObject();
                        o[n.Name] = child;
                    }

                    current = child;
                    break;
                case IndexSegment x:
                    var a = (JsonArray)current;
                    var idx = x.Index < 0 ? a.Count + x.Index : x.Index;
                    if (last)
                    {
                        a[idx] = value;
                        break;
                    }

                    current = a[idx]!;
                    break;
                default:
                    throw Mismatch(input);
            }
        }

        return input;
    }

    /// <summary>Checks that the path can be applied without changing anything.</summary>
    private void Validate(JsonNode input)
    {
        JsonNode? current = input;
        var segments = _path.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            switch (segments[i])
            {
                case NameSegment n when current is JsonObject o:
                    if (!o.TryGetPropertyValue(n.Name, out current) || current is null)
                    {
                        // Missing objects are created on the way, but arrays are not.
                        if (HasNonNameAfter(segments, i))
                        {
                            throw Mismatch(input);
                        }

                        return;
                    }

                    break;
                case IndexSegment x when current is JsonArray a:
                    var idx = x.Index < 0 ? a.Count + x.Index : x.Index;
                    if (idx < 0 || idx >= a.Count)
                    {
                        throw Mismatch(input);
                    }

                    current = a[idx];
                    if (current is null && HasNonNameAfter(segments, i))
                    {
                        throw Mismatch(input);
                    }

                    if (current is null)
                    {
                        return;
                    }

                    break;
                default:
                    throw Mismatch(input);
            }
        }
    }

    private static bool HasNonNameAfter(IReadOnlyList<PathSegment> segments, int index)
    {
        for (var j = index + 1; j < segments.Count; j++)
        {
            if (segments[j] is not NameSegment)
            {
                return true;
            }
        }

        return false;
    }

    private JsonPathException Mismatch(JsonNode? input) =>
        new("Unable to apply ResultPath \"" + Text + "\" to input " + JsonValues.ToJson(input));
}

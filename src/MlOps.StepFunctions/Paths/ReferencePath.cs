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
    /// Returns a copy of <paramref name="input"/> with <paramref name="value"/> placed at the path, creating missing
    /// objects on the way; throws <see cref="JsonPathException"/> when an existing node on the way is not a container.
    /// </summary>
    public JsonNode? Apply(JsonNode? input, JsonNode? value)
    {
        if (_path.IsRootOnly)
        {
            return value;
        }

        var root = input?.DeepClone();
        if (root is not JsonObject and not JsonArray)
        {
            throw new JsonPathException("Unable to apply ResultPath \"" + Text + "\" to input " + JsonValues.ToJson(input));
        }

        JsonNode current = root;
        var segments = _path.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var last = i == segments.Count - 1;
            switch (segments[i])
            {
                case NameSegment n when current is JsonObject o:
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
                    else if (child is not JsonObject and not JsonArray)
                    {
                        throw Mismatch(input);
                    }

                    current = child;
                    break;
                case IndexSegment x when current is JsonArray a:
                    var idx = x.Index < 0 ? a.Count + x.Index : x.Index;
                    if (idx < 0 || idx >= a.Count)
                    {
                        throw Mismatch(input);
                    }

                    if (last)
                    {
                        a[idx] = value;
                        break;
                    }

                    current = a[idx] as JsonNode ?? throw Mismatch(input);
                    break;
                default:
                    throw Mismatch(input);
            }
        }

        return root;
    }

    private JsonPathException Mismatch(JsonNode? input) =>
        new("Unable to apply ResultPath \"" + Text + "\" to input " + JsonValues.ToJson(input));
}

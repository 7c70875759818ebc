using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MlOps.Local.Template.Errors;

namespace MlOps.Local.Template.Intrinsics;

/// <summary>
/// Evaluates CloudFormation intrinsic functions (<c>Ref</c>, <c>Fn::GetAtt</c>, <c>Fn::Sub</c>, <c>Fn::Join</c>,
/// <c>Fn::If</c>, <c>Fn::Select</c>, <c>Fn::Split</c>, <c>Fn::Equals</c>, <c>Fn::And|Or|Not</c>, <c>Fn::FindInMap</c>,
/// <c>Fn::Base64</c>, <c>Fn::GetAZs</c>, <c>Fn::Length</c>, <c>Fn::ToJsonString</c>) over a node tree.
/// <c>AWS::NoValue</c> removes the property or list item, as CloudFormation does.
/// </summary>
internal sealed partial class IntrinsicEvaluator(IResolutionScope scope)
{
    /// <summary>The marker <c>Ref: AWS::NoValue</c> evaluates to; removed from objects and arrays.</summary>
    internal static readonly JsonNode NoValue = JsonValue.Create("\u0000AWS::NoValue")!;

    /// <summary>Resolves every intrinsic in <paramref name="node"/> (a copy is returned).</summary>
    public JsonNode? Resolve(JsonNode? node, string path)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj when obj.Count == 1 && IsIntrinsic(obj.First().Key):
                var (name, arg) = (obj.First().Key, obj.First().Value);
                return Apply(name, arg, $"{path}/{name}");
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    var resolved = Resolve(value, $"{path}/{key}");
                    if (!ReferenceEquals(resolved, NoValue))
                    {
                        copy[key] = resolved;
                    }
                }

                return copy;
            case JsonArray arr:
                var list = new JsonArray();
                for (var i = 0; i < arr.Count; i++)
                {
                    var resolved = Resolve(arr[i], string.Create(CultureInfo.InvariantCulture, $"{path}/{i}"));
                    if (!ReferenceEquals(resolved, NoValue))
                    {
                        list.Add(resolved);
                    }
                }

                return list;
            default:
                return node.DeepClone();
        }
    }

    private static bool IsIntrinsic(string key) =>
        key is "Ref" or "Condition" || key.StartsWith("Fn::", StringComparison.Ordinal);

    private JsonNode? Apply(string name, JsonNode? arg, string path)
    {
        switch (name)
        {
            case "Ref":
                return scope.Ref(Text(Resolve(arg, path), path), path);
            case "Condition":
                return JsonValue.Create(scope.Condition(Text(arg, path), path));
            case "Fn::GetAtt":
                var att = Args(arg, path, 2);
                return scope.GetAtt(Text(Resolve(att[0], path), path), Text(Resolve(att[1], path), path), path);
            case "Fn::Sub":
                return JsonValue.Create(Sub(arg, path));
            case "Fn::Join":
                var join = Args(arg, path, 2);
                var parts = List(Resolve(join[1], path), path).Select(p => Text(p, path));
                return JsonValue.Create(string.Join(Text(Resolve(join[0], path), path), parts));
            case "Fn::Select":
                var sel = Args(arg, path, 2);
                var index = int.Parse(Text(Resolve(sel[0], path), path), CultureInfo.InvariantCulture);
                var items = List(Resolve(sel[1], path), path);
                return index >= 0 && index < items.Count
                    ? items[index]?.DeepClone()
                    : throw Error(path, $"index {index} is outside the list of {items.Count}");
            case "Fn::Split":
                var split = Args(arg, path, 2);
                var separator = Text(Resolve(split[0], path), path);
                var whole = Text(Resolve(split[1], path), path);
                return new JsonArray(whole.Split(separator).Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
            case "Fn::If":
                var branches = Args(arg, path, 3);
                return scope.Condition(Text(branches[0], path), path) ? Resolve(branches[1], path) : Resolve(branches[2], path);
            case "Fn::Equals":
                var eq = Args(arg, path, 2);
                return JsonValue.Create(Text(Resolve(eq[0], path), path) == Text(Resolve(eq[1], path), path));
            case "Fn::And":
                return JsonValue.Create(List(arg, path).All(c => Bool(Resolve(c, path), path)));
            case "Fn::Or":
                return JsonValue.Create(List(arg, path).Any(c => Bool(Resolve(c, path), path)));
            case "Fn::Not":
                return JsonValue.Create(!Bool(Resolve(Args(arg, path, 1)[0], path), path));
            case "Fn::FindInMap":
                var map = Args(arg, path, 3);
                return scope.FindInMap(Text(Resolve(map[0], path), path), Text(Resolve(map[1], path), path),
                    Text(Resolve(map[2], path), path), path);
            case "Fn::Base64":
                return JsonValue.Create(Convert.ToBase64String(Encoding.UTF8.GetBytes(Text(Resolve(arg, path), path))));
            case "Fn::GetAZs":
                var region = Text(scope.Ref("AWS::Region", path), path);
                return new JsonArray(JsonValue.Create(region + "a"), JsonValue.Create(region + "b"), JsonValue.Create(region + "c"));
            case "Fn::Length":
                return JsonValue.Create(List(Resolve(arg, path), path).Count);
            case "Fn::ToJsonString":
                return JsonValue.Create(Resolve(arg, path)?.ToJsonString() ?? "null");
            default:
                throw Error(path, $"{name} is not supported locally");
        }
    }

    private static JsonArray Args(JsonNode? arg, string path, int count) =>
        arg is JsonArray a && a.Count == count ? a : throw Error(path, $"expects a list of {count} arguments");

    private static JsonArray List(JsonNode? node, string path) =>
        node as JsonArray ?? throw Error(path, "expects a list");

    private static bool Bool(JsonNode? node, string path) =>
        node is JsonValue v && v.TryGetValue<bool>(out var b) ? b : throw Error(path, "expects a condition (true or false)");

    internal static string Text(JsonNode? node, string path) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue v => v.ToJsonString(),
        JsonArray a => string.Join(',', a.Select(i => Text(i, path))),
        _ => throw Error(path, "expects a string"),
    };

    internal static TemplateException Error(string path, string message) => new($"{path}: {message}");
}

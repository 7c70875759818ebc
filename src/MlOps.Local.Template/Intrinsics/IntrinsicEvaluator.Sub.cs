using System.Text;
using System.Text.Json.Nodes;

namespace MlOps.Local.Template.Intrinsics;

/// <summary><c>Fn::Sub</c>: <c>${Name}</c> is a Ref, <c>${Id.Attr}</c> a GetAtt, <c>${!Literal}</c> stays literal.</summary>
internal sealed partial class IntrinsicEvaluator
{
    private string Sub(JsonNode? arg, string path)
    {
        string template;
        JsonObject? variables = null;
        if (arg is JsonArray pair)
        {
            var args = Args(pair, path, 2);
            template = Text(args[0], path);
            variables = Resolve(args[1], path) as JsonObject ?? throw Error(path, "the second argument must be a map");
        }
        else
        {
            template = Text(arg, path);
        }

        var result = new StringBuilder(template.Length);
        var i = 0;
        while (i < template.Length)
        {
            var start = template.IndexOf("${", i, StringComparison.Ordinal);
            if (start < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }

            result.Append(template, i, start - i);
            var end = template.IndexOf('}', start);
            if (end < 0)
            {
                throw Error(path, $"unclosed '${{' in '{template}'");
            }

            var name = template[(start + 2)..end];
            if (name.StartsWith('!'))
            {
                result.Append("${").Append(name.AsSpan(1)).Append('}');
            }
            else if (variables is not null && variables.TryGetPropertyValue(name, out var value))
            {
                result.Append(Text(value, path));
            }
            else
            {
                var dot = name.IndexOf('.', StringComparison.Ordinal);
                var resolved = dot > 0 && !name.StartsWith("AWS::", StringComparison.Ordinal)
                    ? scope.GetAtt(name[..dot], name[(dot + 1)..], path)
                    : scope.Ref(name, path);
                result.Append(Text(resolved, path));
            }

            i = end + 1;
        }

        return result.ToString();
    }
}

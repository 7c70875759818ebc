using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.Local.Template.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MlOps.Local.Template.Yaml;

/// <summary>
/// Reads CloudFormation/SAM YAML (or JSON) into a <see cref="JsonNode"/> tree, turning the short-form
/// intrinsic tags (<c>!Ref</c>, <c>!GetAtt</c>, <c>!Sub</c>, ...) into their long form (<c>{"Ref": ...}</c>, <c>{"Fn::GetAtt": [...]}</c>).
/// </summary>
public static class CloudFormationYaml
{
    private static readonly Dictionary<string, string> ShortTags = new(StringComparer.Ordinal)
    {
        ["!Ref"] = "Ref",
        ["!Condition"] = "Condition",
        ["!GetAtt"] = "Fn::GetAtt",
        ["!Sub"] = "Fn::Sub",
        ["!Join"] = "Fn::Join",
        ["!If"] = "Fn::If",
        ["!Select"] = "Fn::Select",
        ["!Split"] = "Fn::Split",
        ["!Equals"] = "Fn::Equals",
        ["!And"] = "Fn::And",
        ["!Or"] = "Fn::Or",
        ["!Not"] = "Fn::Not",
        ["!FindInMap"] = "Fn::FindInMap",
        ["!Base64"] = "Fn::Base64",
        ["!GetAZs"] = "Fn::GetAZs",
        ["!ImportValue"] = "Fn::ImportValue",
        ["!Cidr"] = "Fn::Cidr",
        ["!Length"] = "Fn::Length",
        ["!ToJsonString"] = "Fn::ToJsonString",
    };

    /// <summary>Parses <paramref name="text"/>; <paramref name="source"/> names the file in errors.</summary>
    /// <exception cref="TemplateException">The YAML is malformed or uses an unknown tag.</exception>
    public static JsonNode? Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new TemplateException(
                string.Create(CultureInfo.InvariantCulture, $"{source}:{ex.Start.Line}:{ex.Start.Column}: invalid YAML: {ex.Message}"), ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new TemplateException($"{source}: invalid YAML: {ex.Message}", ex);
        }

        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode, source);
    }

    private static JsonNode? Convert(YamlNode node, string source)
    {
        var tag = node.Tag.IsEmpty ? null : node.Tag.Value;
        if (tag is not null && tag.StartsWith('!') && !tag.StartsWith("!!", StringComparison.Ordinal)
            && !tag.StartsWith("tag:yaml.org", StringComparison.Ordinal))
        {
            if (!ShortTags.TryGetValue(tag, out var longName))
            {
                throw new TemplateException(string.Create(CultureInfo.InvariantCulture,
                    $"{source}:{node.Start.Line}:{node.Start.Column}: unknown tag '{tag}'"));
            }

            var inner = ConvertUntagged(node, source);
            if (longName == "Fn::GetAtt" && inner is JsonValue v && v.TryGetValue<string>(out var dotted))
            {
                var dot = dotted.IndexOf('.', StringComparison.Ordinal);
                if (dot <= 0)
                {
                    throw new TemplateException(string.Create(CultureInfo.InvariantCulture,
                        $"{source}:{node.Start.Line}:{node.Start.Column}: !GetAtt '{dotted}' must be 'LogicalId.Attribute'"));
                }

                inner = new JsonArray(dotted[..dot], dotted[(dot + 1)..]);
            }

            return new JsonObject { [longName] = inner };
        }

        return ConvertUntagged(node, source);
    }

    private static JsonNode? ConvertUntagged(YamlNode node, string source)
    {
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (key, value) in map.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? string.Empty;
                    if (obj.ContainsKey(name))
                    {
                        throw new TemplateException(string.Create(CultureInfo.InvariantCulture,
                            $"{source}:{key.Start.Line}:{key.Start.Column}: duplicate key '{name}'"));
                    }

                    obj[name] = Convert(value, source);
                }

                return obj;
            case YamlSequenceNode seq:
                var arr = new JsonArray();
                foreach (var item in seq.Children)
                {
                    arr.Add(Convert(item, source));
                }

                return arr;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                throw new TemplateException(string.Create(CultureInfo.InvariantCulture,
                    $"{source}:{node.Start.Line}:{node.Start.Column}: unsupported YAML node (aliases are not allowed in templates)"));
        }
    }

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is ScalarStyle.Plain)
        {
            switch (text)
            {
                case "" or "~" or "null" or "Null" or "NULL":
                    return null;
                case "true" or "True" or "TRUE":
                    return JsonValue.Create(true);
                case "false" or "False" or "FALSE":
                    return JsonValue.Create(false);
            }

            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                && !(text.Length > 1 && text[0] == '0'))
            {
                return JsonValue.Create(l);
            }

            if (text.Contains('.', StringComparison.Ordinal)
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                return JsonValue.Create(d);
            }
        }

        return JsonValue.Create(text);
    }
}

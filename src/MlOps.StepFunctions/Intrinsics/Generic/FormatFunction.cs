using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;
using MlOps.StepFunctions.Intrinsics.Syntax;

namespace MlOps.StepFunctions.Intrinsics.Generic;

/// <summary>
/// <c>States.Format(template, v1, ...)</c>: the template with each <c>{}</c> replaced by the next value,
/// rendered as AWS's Java runtime prints it (strings bare, <c>null</c>, <c>1.1</c>, <c>{Arg1=1, Arg2=[]}</c>).
/// The number of values must equal the number of placeholders.
/// </summary>
internal sealed class FormatFunction() : IntrinsicFunction(
    "States.Format",
    ArgumentSpec.Required("template", ArgumentKinds.String),
    ArgumentSpec.Rest("values", ArgumentKinds.Any))
{
    /// <inheritdoc/>
    public override bool ReadsArgumentsOnly => true;

    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments)
    {
        var template = arguments.Nodes[0] is LiteralNode { RawString: { } raw }
            ? LiteralTemplate(raw)
            : FormatTemplate.TryParse(arguments.String(0), hasEscapes: false);
        if (template is null || template.PlaceholderCount != arguments.Count - 1)
        {
            throw Failure();
        }

        var values = new string[arguments.Count - 1];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = JavaToString.Render(arguments[i + 1]);
        }

        return JsonValue.Create(template.Fill(values));
    }

    /// <summary>Literal templates split once per text (a FormatTemplate is immutable); bounded.</summary>
    private static FormatTemplate? LiteralTemplate(string raw)
    {
        if (LiteralTemplates.TryGetValue(raw, out var cached))
        {
            return cached;
        }

        var template = FormatTemplate.TryParse(raw, hasEscapes: true);
        if (template is not null && LiteralTemplates.Count < 1024)
        {
            LiteralTemplates.TryAdd(raw, template);
        }

        return template;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, FormatTemplate> LiteralTemplates = new(StringComparer.Ordinal);
}

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
    protected override JsonNode? Apply(IntrinsicArguments arguments)
    {
        var template = arguments.Nodes[0] is LiteralNode { RawString: { } raw }
            ? FormatTemplate.TryParse(raw, hasEscapes: true)
            : FormatTemplate.TryParse(arguments.String(0), hasEscapes: false);
        if (template is null || template.PlaceholderCount != arguments.Count - 1)
        {
            throw Failure();
        }

        var values = arguments.Values.Skip(1).Select(JavaToString.Render).ToList();
        return JsonValue.Create(template.Fill(values));
    }
}

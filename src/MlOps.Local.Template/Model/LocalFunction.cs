namespace MlOps.Local.Template.Model;

/// <summary>A Lambda function of the template, resolved for local hosting.</summary>
/// <param name="LogicalId">The template's logical id (what <c>mlops invoke</c> takes).</param>
/// <param name="FunctionName">The physical name.</param>
/// <param name="Arn">The local function ARN.</param>
/// <param name="Handler">The <c>Handler</c> property as written.</param>
/// <param name="EffectiveHandler">The <c>Assembly::Type::Method</c> name to dispatch on (<c>MLOPS_HANDLER</c> for executable handlers).</param>
/// <param name="Runtime">The runtime identifier.</param>
/// <param name="MemorySize">Memory in MB.</param>
/// <param name="TimeoutSeconds">Timeout in seconds.</param>
/// <param name="Environment">Environment variables (Globals merged, overrides applied).</param>
/// <param name="AutoPublishAlias">The alias SAM publishes, if any.</param>
/// <param name="CodeUri">The code location relative to the template.</param>
public sealed record LocalFunction(
    string LogicalId,
    string FunctionName,
    string Arn,
    string Handler,
    string EffectiveHandler,
    string Runtime,
    int MemorySize,
    int TimeoutSeconds,
    IReadOnlyDictionary<string, string> Environment,
    string? AutoPublishAlias,
    string? CodeUri);

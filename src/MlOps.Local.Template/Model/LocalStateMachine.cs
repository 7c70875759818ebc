namespace MlOps.Local.Template.Model;

/// <summary>A state machine of the template with its definition substituted for the local cloud.</summary>
/// <param name="LogicalId">The template's logical id.</param>
/// <param name="Name">The physical name.</param>
/// <param name="Arn">The local state machine ARN.</param>
/// <param name="DefinitionPath">The <c>DefinitionUri</c> file, when the definition is not inline.</param>
/// <param name="Definition">The ASL text with every <c>DefinitionSubstitutions</c> entry replaced.</param>
/// <param name="UnresolvedSubstitutions"><c>${Name}</c> placeholders left in the definition (an error for <c>validate</c>).</param>
/// <param name="Type"><c>STANDARD</c> or <c>EXPRESS</c>.</param>
/// <param name="Schedules">Schedule expressions from <c>Schedule</c>/<c>ScheduleV2</c> events.</param>
public sealed record LocalStateMachine(
    string LogicalId,
    string Name,
    string Arn,
    string? DefinitionPath,
    string Definition,
    IReadOnlyList<string> UnresolvedSubstitutions,
    string Type,
    IReadOnlyList<string> Schedules);

namespace MlOps.Local.Template.Model;

/// <summary>An <c>AWS::Batch::JobDefinition</c> the local Batch runner executes as a process.</summary>
/// <param name="LogicalId">The logical id.</param>
/// <param name="Name">The job definition name.</param>
/// <param name="Arn">The local ARN (revision 1).</param>
/// <param name="Command">The container command; <c>Ref::name</c> entries are filled from parameters.</param>
/// <param name="Parameters">Default parameters.</param>
/// <param name="Environment">Container environment.</param>
/// <param name="TimeoutSeconds">Attempt timeout, if set.</param>
public sealed record LocalJobDefinition(
    string LogicalId,
    string Name,
    string Arn,
    IReadOnlyList<string> Command,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, string> Environment,
    int? TimeoutSeconds);

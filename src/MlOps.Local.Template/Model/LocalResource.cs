using System.Text.Json.Nodes;

namespace MlOps.Local.Template.Model;

/// <summary>Any resource of the template after intrinsic resolution (for validation and lookups).</summary>
/// <param name="LogicalId">The logical id.</param>
/// <param name="Type">The resource type, e.g. <c>AWS::Glue::Table</c>.</param>
/// <param name="PhysicalId">What <c>Ref</c> returns for it.</param>
/// <param name="Properties">Resolved properties.</param>
public sealed record LocalResource(string LogicalId, string Type, string PhysicalId, JsonObject Properties);

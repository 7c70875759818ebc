using System.Text.Json.Nodes;

namespace MlOps.Local.Template.Model;

/// <summary>An EventBridge rule (a SAM <c>EventBridgeRule</c> event or an <c>AWS::Events::Rule</c>) and its target.</summary>
/// <param name="Name">The rule's id (<c>LogicalId.EventName</c> for SAM events).</param>
/// <param name="Pattern">The event pattern.</param>
/// <param name="TargetArn">The state machine or function the rule starts.</param>
/// <param name="Input">A constant input replacing the event, if set.</param>
public sealed record LocalEventRule(string Name, JsonObject Pattern, string TargetArn, JsonNode? Input);

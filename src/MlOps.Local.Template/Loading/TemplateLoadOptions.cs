using System.Text.Json.Nodes;

namespace MlOps.Local.Template.Loading;

/// <summary>How to load a template: the overrides SAM CLI takes, and the local account identity.</summary>
public sealed record TemplateLoadOptions
{
    /// <summary><c>--parameter-overrides</c> values by parameter name.</summary>
    public IReadOnlyDictionary<string, string> ParameterOverrides { get; init; } = new Dictionary<string, string>();

    /// <summary><c>--env-vars</c> file content: <c>{"LogicalId": {"VAR": "v"}, "Parameters": {"VAR": "v"}}</c>.</summary>
    public JsonObject? EnvironmentOverrides { get; init; }

    /// <summary>The stack name (<c>AWS::StackName</c>).</summary>
    public string StackName { get; init; } = "mlops-local";

    /// <summary>The region (<c>AWS::Region</c>).</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The account (<c>AWS::AccountId</c>).</summary>
    public string AccountId { get; init; } = "123456789012";
}

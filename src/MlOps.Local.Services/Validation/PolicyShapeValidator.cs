using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MlOps.Local.Services.Validation;

/// <summary>
/// IAM policy shapes in the template: SAM <c>Policies</c> entries are a managed policy name/ARN, a known SAM policy
/// template, or an inline document; statements need <c>Effect</c>, <c>Action</c> and <c>Resource</c>, and an Allow
/// never grants a wildcard action (<c>*</c> or <c>service:*</c>) — least privilege.
/// </summary>
public static partial class PolicyShapeValidator
{
    private static readonly HashSet<string> PolicyTemplates = new(StringComparer.Ordinal)
    {
        "LambdaInvokePolicy", "S3ReadPolicy", "S3WritePolicy", "S3CrudPolicy", "StepFunctionsExecutionPolicy",
        "StepFunctionsCallbackPolicy", "SNSPublishMessagePolicy", "SQSSendMessagePolicy", "SQSPollerPolicy",
        "DynamoDBCrudPolicy", "DynamoDBReadPolicy", "CloudWatchPutMetricPolicy", "SSMParameterReadPolicy",
        "EventBridgePutEventsPolicy", "KMSDecryptPolicy", "AWSSecretsManagerGetSecretValuePolicy",
    };

    [GeneratedRegex(@"^[a-z0-9-]+:[A-Za-z0-9*]+$")]
    private static partial Regex ActionPattern();

    /// <summary>Checks every policy of every resource.</summary>
    public static IEnumerable<Finding> Validate(IEnumerable<(string LogicalId, string Type, JsonObject Properties)> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        foreach (var (id, type, props) in resources)
        {
            var where = $"template.yaml: Resources/{id}";
            if (type is "AWS::Serverless::Function" or "AWS::Serverless::StateMachine" && props["Policies"] is { } policies)
            {
                foreach (var f in SamPolicies(where + "/Properties/Policies", policies))
                {
                    yield return f;
                }
            }

            if (type == "AWS::IAM::Role")
            {
                foreach (var (policy, i) in (props["Policies"] as JsonArray ?? []).Select((p, i) => (p, i)))
                {
                    foreach (var f in Document($"{where}/Properties/Policies/{i}/PolicyDocument", policy?["PolicyDocument"]))
                    {
                        yield return f;
                    }
                }
            }

            if (type == "AWS::S3::BucketPolicy")
            {
                foreach (var f in Document($"{where}/Properties/PolicyDocument", props["PolicyDocument"]))
                {
                    yield return f;
                }
            }
        }
    }

    private static IEnumerable<Finding> SamPolicies(string where, JsonNode policies)
    {
        var list = policies as JsonArray ?? [policies.DeepClone()];
        for (var i = 0; i < list.Count; i++)
        {
            switch (list[i])
            {
                case JsonValue:
                    break;
                case JsonObject o when o.ContainsKey("Statement"):
                    foreach (var f in Document($"{where}/{i}", o))
                    {
                        yield return f;
                    }

                    break;
                case JsonObject o when o.Count == 1 && PolicyTemplates.Contains(o.First().Key):
                    if (o.First().Value is not JsonObject)
                    {
                        yield return new Finding($"{where}/{i}", $"policy template {o.First().Key} needs a map of parameters");
                    }

                    break;
                default:
                    yield return new Finding($"{where}/{i}", "not a managed policy, a known SAM policy template, or a policy document");
                    break;
            }
        }
    }

    private static IEnumerable<Finding> Document(string where, JsonNode? document)
    {
        if (document?["Statement"] is not JsonArray statements || statements.Count == 0)
        {
            yield return new Finding(where, "policy document has no Statement list");
            yield break;
        }

        for (var i = 0; i < statements.Count; i++)
        {
            var s = statements[i] as JsonObject ?? [];
            var at = $"{where}/Statement/{i}";
            var effect = s["Effect"]?.ToString();
            if (effect is not ("Allow" or "Deny"))
            {
                yield return new Finding(at, "Effect must be Allow or Deny");
            }

            var actions = s["Action"] is JsonArray a ? a.Select(x => x?.ToString() ?? string.Empty).ToList() : [s["Action"]?.ToString() ?? string.Empty];
            foreach (var action in actions)
            {
                if (!ActionPattern().IsMatch(action) && action != "*")
                {
                    yield return new Finding(at, $"'{action}' is not an IAM action (service:Action)");
                }
                else if (effect == "Allow" && (action == "*" || action.EndsWith(":*", StringComparison.Ordinal)))
                {
                    yield return new Finding(at, $"Allow with wildcard action '{action}' is not least privilege");
                }
            }

            if (s["Resource"] is null && s["NotResource"] is null)
            {
                yield return new Finding(at, "statement has no Resource");
            }
        }
    }
}

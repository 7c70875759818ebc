using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MlOps.Local.Template.Errors;
using MlOps.Local.Template.Intrinsics;
using MlOps.Local.Template.Model;

namespace MlOps.Local.Template.Loading;

/// <summary>State machines, rules, notifications and Batch job definitions.</summary>
public static partial class TemplateLoader
{
    [GeneratedRegex(@"\$\{([A-Za-z0-9_.:-]+)\}")]
    private static partial Regex Placeholder();

    private static LocalStateMachine StateMachine(string id, string name, string arn, JsonObject props, string directory)
    {
        string definition;
        string? definitionPath = null;
        if (props["DefinitionUri"]?.ToString() is { } uri)
        {
            definitionPath = Path.GetFullPath(Path.Combine(directory, uri));
            definition = File.Exists(definitionPath)
                ? File.ReadAllText(definitionPath)
                : throw new TemplateException($"Resources/{id}/Properties/DefinitionUri: {uri} not found");
        }
        else
        {
            definition = props["Definition"]?.ToJsonString()
                ?? throw new TemplateException($"Resources/{id}/Properties: needs Definition or DefinitionUri");
        }

        var substitutions = props["DefinitionSubstitutions"] as JsonObject ?? [];
        var text = Placeholder().Replace(definition, m =>
            substitutions.TryGetPropertyValue(m.Groups[1].Value, out var value)
                ? IntrinsicEvaluator.Text(value, $"Resources/{id}/Properties/DefinitionSubstitutions/{m.Groups[1].Value}")
                : m.Value);
        var unresolved = Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();
        var schedules = (props["Events"] as JsonObject ?? [])
            .Where(e => e.Value?["Type"]?.ToString() is "Schedule" or "ScheduleV2")
            .Select(e => e.Value?["Properties"]?["Schedule"]?.ToString() ?? e.Value?["Properties"]?["ScheduleExpression"]?.ToString() ?? string.Empty)
            .ToList();
        return new LocalStateMachine(id, name, arn, definitionPath, text, unresolved, props["Type"]?.ToString() ?? "STANDARD", schedules);
    }

    private static IEnumerable<LocalEventRule> MachineRules(string id, string arn, JsonObject props)
    {
        foreach (var (eventName, e) in props["Events"] as JsonObject ?? [])
        {
            if (e?["Type"]?.ToString() is "EventBridgeRule" or "CloudWatchEvent")
            {
                var pattern = e["Properties"]?["Pattern"] as JsonObject
                    ?? throw new TemplateException($"Resources/{id}/Properties/Events/{eventName}: needs a Pattern");
                yield return new LocalEventRule($"{id}.{eventName}", (JsonObject)pattern.DeepClone(), arn, e["Properties"]?["Input"]?.DeepClone());
            }
        }
    }

    private static IEnumerable<LocalEventRule> StandaloneRule(string id, JsonObject props)
    {
        if (props["EventPattern"] is not JsonObject pattern)
        {
            yield break;
        }

        foreach (var target in props["Targets"] as JsonArray ?? [])
        {
            yield return new LocalEventRule($"{id}.{target?["Id"]}", (JsonObject)pattern.DeepClone(),
                target?["Arn"]?.ToString() ?? throw new TemplateException($"Resources/{id}/Properties/Targets: target without Arn"),
                target["Input"] is { } input ? JsonNode.Parse(input.ToString()) : null);
        }
    }

    private static IEnumerable<LocalS3Notification> BucketNotifications(string bucket, JsonObject props)
    {
        foreach (var config in props["NotificationConfiguration"]?["LambdaConfigurations"] as JsonArray ?? [])
        {
            var rules = config?["Filter"]?["S3Key"]?["Rules"] as JsonArray ?? [];
            string Rule(string name) => rules.FirstOrDefault(r => string.Equals(r?["Name"]?.ToString(), name, StringComparison.OrdinalIgnoreCase))?["Value"]?.ToString() ?? string.Empty;
            yield return new LocalS3Notification(bucket, [config?["Event"]?.ToString() ?? "s3:ObjectCreated:*"], Rule("prefix"), Rule("suffix"),
                config?["Function"]?.ToString() ?? string.Empty);
        }
    }

    private static IEnumerable<LocalS3Notification> FunctionS3Events(TemplateScope scope, LocalFunction function, JsonObject raw)
    {
        foreach (var (name, e) in raw["Events"] as JsonObject ?? [])
        {
            if (e?["Type"]?.ToString() != "S3")
            {
                continue;
            }

            var path = $"Resources/{function.LogicalId}/Properties/Events/{name}";
            var props = scope.Evaluator.Resolve(e["Properties"], path) as JsonObject ?? [];
            var events = props["Events"] is JsonArray a ? a.Select(x => x!.ToString()).ToList() : [props["Events"]?.ToString() ?? "s3:ObjectCreated:*"];
            var rules = props["Filter"]?["S3Key"]?["Rules"] as JsonArray ?? [];
            string Rule(string n) => rules.FirstOrDefault(r => string.Equals(r?["Name"]?.ToString(), n, StringComparison.OrdinalIgnoreCase))?["Value"]?.ToString() ?? string.Empty;
            yield return new LocalS3Notification(props["Bucket"]?.ToString() ?? string.Empty, events, Rule("prefix"), Rule("suffix"), function.Arn);
        }
    }

    private static LocalJobDefinition JobDefinition(string id, string name, string arn, JsonObject props)
    {
        var container = props["ContainerProperties"] as JsonObject ?? [];
        var command = (container["Command"] as JsonArray ?? []).Select(c => c?.ToString() ?? string.Empty).ToList();
        var parameters = (props["Parameters"] as JsonObject ?? []).ToDictionary(p => p.Key, p => p.Value?.ToString() ?? string.Empty, StringComparer.Ordinal);
        var environment = (container["Environment"] as JsonArray ?? [])
            .ToDictionary(e => e?["Name"]?.ToString() ?? string.Empty, e => e?["Value"]?.ToString() ?? string.Empty, StringComparer.Ordinal);
        var timeout = props["Timeout"]?["AttemptDurationSeconds"] is { } t ? int.Parse(t.ToString(), System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        return new LocalJobDefinition(id, name, arn, command, parameters, environment, timeout);
    }

    private static void ApplyEnvironmentOverrides(List<LocalFunction> functions, JsonObject? overrides, List<string> warnings)
    {
        if (overrides is null)
        {
            return;
        }

        for (var i = 0; i < functions.Count; i++)
        {
            var function = functions[i];
            var environment = new Dictionary<string, string>(function.Environment, StringComparer.Ordinal);
            foreach (var section in new[] { overrides["Parameters"], overrides[function.LogicalId], overrides[function.FunctionName] })
            {
                foreach (var (key, value) in section as JsonObject ?? [])
                {
                    if (environment.ContainsKey(key))
                    {
                        environment[key] = value?.ToString() ?? string.Empty;
                    }
                    else if (!ReferenceEquals(section, overrides["Parameters"]))
                    {
                        warnings.Add($"--env-vars: {function.LogicalId} does not declare '{key}' in template.yaml (ignored, as SAM does)");
                    }
                }
            }

            functions[i] = function with { Environment = environment };
        }

        foreach (var (key, value) in overrides)
        {
            if (key == "Parameters")
            {
                foreach (var (name, _) in value as JsonObject ?? [])
                {
                    if (!functions.Any(f => f.Environment.ContainsKey(name)))
                    {
                        warnings.Add($"--env-vars: no function declares '{name}' (ignored, as SAM does)");
                    }
                }
            }
            else if (!functions.Any(f => f.LogicalId == key || f.FunctionName == key))
            {
                warnings.Add($"--env-vars: '{key}' is not a function of the template (ignored)");
            }
        }
    }
}

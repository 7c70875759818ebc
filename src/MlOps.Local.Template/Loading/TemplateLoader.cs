using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.Local.Template.Errors;
using MlOps.Local.Template.Model;
using MlOps.Local.Template.Yaml;

namespace MlOps.Local.Template.Loading;

/// <summary>
/// Loads a SAM/CloudFormation template for the local cloud: parameters (with overrides), conditions, Globals,
/// intrinsics, functions with their handlers and environment, state machines with substituted definitions,
/// EventBridge rules, S3 notifications and Batch job definitions.
/// </summary>
public static partial class TemplateLoader
{
    /// <summary>Loads <paramref name="path"/>.</summary>
    /// <exception cref="TemplateException">The file is missing or the template is invalid; the message says where.</exception>
    public static LoadedTemplate Load(string path, TemplateLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new TemplateLoadOptions();
        if (!File.Exists(path))
        {
            throw new TemplateException($"{path}: template not found");
        }

        var full = System.IO.Path.GetFullPath(path);
        var root = CloudFormationYaml.Parse(File.ReadAllText(full), path) as JsonObject
            ?? throw new TemplateException($"{path}: the template is not a map");
        var warnings = new List<string>();
        var parameters = ParameterResolver.Resolve(root["Parameters"] as JsonObject, options.ParameterOverrides, warnings);
        var scope = new TemplateScope(root, parameters, options);
        var directory = System.IO.Path.GetDirectoryName(full)!;
        var globals = root["Globals"]?["Function"] as JsonObject;

        var resources = new List<LocalResource>();
        var functions = new List<LocalFunction>();
        var machines = new List<LocalStateMachine>();
        var buckets = new List<LocalBucket>();
        var rules = new List<LocalEventRule>();
        var notifications = new List<LocalS3Notification>();
        var jobs = new List<LocalJobDefinition>();
        foreach (var (id, node) in (JsonObject)root["Resources"]!)
        {
            var resource = node as JsonObject ?? throw new TemplateException($"Resources/{id}: must be a map");
            var type = resource["Type"]?.ToString() ?? throw new TemplateException($"Resources/{id}: has no Type");
            if (!scope.IsIncluded(id))
            {
                continue;
            }

            var raw = resource["Properties"] as JsonObject ?? [];
            if (type == "AWS::Serverless::Function" && globals is not null)
            {
                raw = MergeGlobals(globals, raw);
            }

            var props = scope.Evaluator.Resolve(raw, $"Resources/{id}/Properties") as JsonObject ?? [];
            var physical = scope.PhysicalName(id, $"Resources/{id}");
            resources.Add(new LocalResource(id, type, physical, props));
            switch (type)
            {
                case "AWS::Serverless::Function":
                    var function = Function(id, physical, scope.FunctionArn(id, id), props);
                    functions.Add(function);
                    notifications.AddRange(FunctionS3Events(scope, function, raw));
                    break;
                case "AWS::Serverless::StateMachine":
                    var machine = StateMachine(id, physical, scope.Arn("states", $"stateMachine:{physical}"), props, directory);
                    machines.Add(machine);
                    rules.AddRange(MachineRules(id, machine.Arn, props));
                    break;
                case "AWS::S3::Bucket":
                    buckets.Add(new LocalBucket(id, physical,
                        props["NotificationConfiguration"]?["EventBridgeConfiguration"]?["EventBridgeEnabled"]?.GetValue<bool>() == true));
                    notifications.AddRange(BucketNotifications(physical, props));
                    break;
                case "AWS::Events::Rule":
                    rules.AddRange(StandaloneRule(id, props));
                    break;
                case "AWS::Batch::JobDefinition":
                    jobs.Add(JobDefinition(id, physical, scope.Arn("batch", $"job-definition/{physical}:1"), props));
                    break;
            }
        }

        ApplyEnvironmentOverrides(functions, options.EnvironmentOverrides, warnings);
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, output) in root["Outputs"] as JsonObject ?? [])
        {
            if (output?["Condition"]?.ToString() is { } c && !scope.Condition(c, $"Outputs/{name}"))
            {
                continue;
            }

            outputs[name] = Intrinsics.IntrinsicEvaluator.Text(scope.Evaluator.Resolve(output?["Value"], $"Outputs/{name}/Value"), $"Outputs/{name}");
        }

        return new LoadedTemplate
        {
            Path = full,
            Directory = directory,
            Parameters = parameters,
            Resources = resources,
            Functions = functions,
            StateMachines = machines,
            Buckets = buckets,
            Rules = rules,
            S3Notifications = notifications,
            JobDefinitions = jobs,
            Outputs = outputs,
            Warnings = warnings,
        };
    }

    private static JsonObject MergeGlobals(JsonObject globals, JsonObject own)
    {
        var merged = (JsonObject)globals.DeepClone();
        foreach (var (key, value) in own)
        {
            if (key == "Environment" && merged["Environment"]?["Variables"] is JsonObject globalVars
                && value?["Variables"] is JsonObject ownVars)
            {
                foreach (var (name, v) in ownVars)
                {
                    globalVars[name] = v?.DeepClone();
                }

                continue;
            }

            merged[key] = value?.DeepClone();
        }

        return merged;
    }

    private static LocalFunction Function(string id, string name, string arn, JsonObject props)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in props["Environment"]?["Variables"] as JsonObject ?? [])
        {
            environment[key] = Intrinsics.IntrinsicEvaluator.Text(value, $"Resources/{id}/Properties/Environment/Variables/{key}");
        }

        var handler = props["Handler"]?.ToString() ?? throw new TemplateException($"Resources/{id}/Properties/Handler: missing");
        var effective = !handler.Contains("::", StringComparison.Ordinal) && environment.TryGetValue("MLOPS_HANDLER", out var h) ? h : handler;
        return new LocalFunction(id, name, arn, handler, effective,
            props["Runtime"]?.ToString() ?? "provided.al2023",
            Int(props["MemorySize"], 128), Int(props["Timeout"], 3), environment,
            props["AutoPublishAlias"]?.ToString(), props["CodeUri"]?.ToString());
    }

    private static int Int(JsonNode? node, int fallback) =>
        node is null ? fallback : int.Parse(node.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture);
}

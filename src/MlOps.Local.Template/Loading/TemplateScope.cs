using System.Text.Json.Nodes;
using MlOps.Local.Template.Errors;
using MlOps.Local.Template.Intrinsics;

namespace MlOps.Local.Template.Loading;

/// <summary>
/// Resolves Ref/GetAtt/conditions for one template: physical names come from the resource's own name property
/// (resolved lazily, with cycle detection) or from the stack name, ARNs from the local account and region.
/// </summary>
internal sealed class TemplateScope : IResolutionScope
{
    private readonly JsonObject _resources;
    private readonly JsonObject? _conditions;
    private readonly JsonObject? _mappings;
    private readonly JsonObject? _declaredParameters;
    private readonly IReadOnlyDictionary<string, string> _parameters;
    private readonly TemplateLoadOptions _options;
    private readonly Dictionary<string, bool> _conditionValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);

    public TemplateScope(JsonObject root, IReadOnlyDictionary<string, string> parameters, TemplateLoadOptions options)
    {
        _resources = root["Resources"] as JsonObject ?? throw new TemplateException("Resources: the template has no Resources map");
        _conditions = root["Conditions"] as JsonObject;
        _mappings = root["Mappings"] as JsonObject;
        _declaredParameters = root["Parameters"] as JsonObject;
        _parameters = parameters;
        _options = options;
        Evaluator = new IntrinsicEvaluator(this);
    }

    public IntrinsicEvaluator Evaluator { get; }

    public static string Partition => "aws";

    public string Arn(string service, string resource) => $"arn:aws:{service}:{_options.Region}:{_options.AccountId}:{resource}";

    public JsonNode? Ref(string name, string path)
    {
        switch (name)
        {
            case "AWS::AccountId": return JsonValue.Create(_options.AccountId);
            case "AWS::Region": return JsonValue.Create(_options.Region);
            case "AWS::Partition": return JsonValue.Create(Partition);
            case "AWS::StackName": return JsonValue.Create(_options.StackName);
            case "AWS::StackId": return JsonValue.Create(Arn("cloudformation", $"stack/{_options.StackName}/00000000-0000-0000-0000-000000000000"));
            case "AWS::URLSuffix": return JsonValue.Create("amazonaws.com");
            case "AWS::NotificationARNs": return new JsonArray();
            case "AWS::NoValue": return IntrinsicEvaluator.NoValue;
        }

        if (_parameters.TryGetValue(name, out var value))
        {
            return ParameterResolver.ToNode(_declaredParameters, name, value);
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && name[(dot + 1)..] == "Alias" && Resource(name[..dot], path) is { } aliased)
        {
            var alias = aliased["Properties"]?["AutoPublishAlias"]?.ToString()
                ?? throw IntrinsicEvaluator.Error(path, $"Ref {name}: {name[..dot]} has no AutoPublishAlias");
            return JsonValue.Create($"{FunctionArn(name[..dot], path)}:{alias}");
        }

        var resource = Resource(name, path) ?? throw IntrinsicEvaluator.Error(path, $"Ref to unknown parameter or resource '{name}'");
        return JsonValue.Create(RefValue(name, resource, path));
    }

    public JsonNode? GetAtt(string logicalId, string attribute, string path)
    {
        if (logicalId.EndsWith("Url", StringComparison.Ordinal) && attribute == "FunctionUrl"
            && Resource(logicalId[..^3], path) is { } withUrl && withUrl["Properties"]?["FunctionUrlConfig"] is not null)
        {
            return JsonValue.Create($"https://{PhysicalName(logicalId[..^3], path)}.lambda-url.{_options.Region}.on.aws/");
        }

        var resource = Resource(logicalId, path) ?? throw IntrinsicEvaluator.Error(path, $"GetAtt of unknown resource '{logicalId}'");
        var type = resource["Type"]?.ToString();
        var name = PhysicalName(logicalId, path);
        string? value = (type, attribute) switch
        {
            ("AWS::Serverless::Function" or "AWS::Lambda::Function", "Arn") => FunctionArn(logicalId, path),
            ("AWS::Serverless::StateMachine" or "AWS::StepFunctions::StateMachine", "Arn") => Arn("states", $"stateMachine:{name}"),
            ("AWS::Serverless::StateMachine" or "AWS::StepFunctions::StateMachine", "Name") => name,
            ("AWS::S3::Bucket", "Arn") => $"arn:aws:s3:::{name}",
            ("AWS::S3::Bucket", "DomainName") => $"{name}.s3.amazonaws.com",
            ("AWS::S3::Bucket", "RegionalDomainName") => $"{name}.s3.{_options.Region}.amazonaws.com",
            ("AWS::SNS::Topic", "TopicName") => name,
            ("AWS::SNS::Topic", "TopicArn") => Arn("sns", name),
            ("AWS::Logs::LogGroup", "Arn") => Arn("logs", $"log-group:{name}:*"),
            ("AWS::IAM::Role", "Arn") => $"arn:aws:iam::{_options.AccountId}:role/{name}",
            ("AWS::IAM::Role", "RoleId") => $"AROA{name.ToUpperInvariant()}",
            ("AWS::CloudWatch::Alarm", "Arn") => Arn("cloudwatch", $"alarm:{name}"),
            _ => null,
        };
        return value is null
            ? throw IntrinsicEvaluator.Error(path, $"GetAtt {logicalId}.{attribute}: attribute not known for {type}")
            : JsonValue.Create(value);
    }

    public bool Condition(string name, string path)
    {
        if (_conditionValues.TryGetValue(name, out var known))
        {
            return known;
        }

        var definition = _conditions?[name] ?? throw IntrinsicEvaluator.Error(path, $"unknown condition '{name}'");
        if (!_resolving.Add("Condition:" + name))
        {
            throw IntrinsicEvaluator.Error(path, $"condition '{name}' depends on itself");
        }

        var value = Evaluator.Resolve(definition, $"Conditions/{name}");
        _resolving.Remove("Condition:" + name);
        return _conditionValues[name] = value is JsonValue v && v.TryGetValue<bool>(out var b)
            ? b
            : throw IntrinsicEvaluator.Error($"Conditions/{name}", "does not evaluate to true or false");
    }

    public JsonNode? FindInMap(string map, string topKey, string secondKey, string path) =>
        _mappings?[map]?[topKey]?[secondKey]?.DeepClone()
        ?? throw IntrinsicEvaluator.Error(path, $"FindInMap: {map}/{topKey}/{secondKey} not found");

    /// <summary>Whether a resource's <c>Condition</c> holds (true when it has none).</summary>
    public bool IsIncluded(string logicalId) =>
        _resources[logicalId]?["Condition"]?.ToString() is not { } c || Condition(c, $"Resources/{logicalId}/Condition");

    public string FunctionArn(string logicalId, string path) => Arn("lambda", $"function:{PhysicalName(logicalId, path)}");

    /// <summary>The resource's physical name.</summary>
    public string PhysicalName(string logicalId, string path)
    {
        if (_names.TryGetValue(logicalId, out var known))
        {
            return known;
        }

        var resource = Resource(logicalId, path) ?? throw IntrinsicEvaluator.Error(path, $"unknown resource '{logicalId}'");
        if (!_resolving.Add(logicalId))
        {
            throw IntrinsicEvaluator.Error(path, $"the name of '{logicalId}' depends on itself");
        }

        var props = resource["Properties"] as JsonObject;
        var property = resource["Type"]?.ToString() switch
        {
            "AWS::Serverless::Function" or "AWS::Lambda::Function" => props?["FunctionName"],
            "AWS::Serverless::StateMachine" => props?["Name"],
            "AWS::StepFunctions::StateMachine" => props?["StateMachineName"],
            "AWS::S3::Bucket" => props?["BucketName"],
            "AWS::SNS::Topic" => props?["TopicName"],
            "AWS::Glue::Database" => props?["DatabaseInput"]?["Name"],
            "AWS::Glue::Table" => props?["TableInput"]?["Name"],
            "AWS::Batch::JobQueue" => props?["JobQueueName"],
            "AWS::Batch::JobDefinition" => props?["JobDefinitionName"],
            "AWS::Batch::ComputeEnvironment" => props?["ComputeEnvironmentName"],
            "AWS::Logs::LogGroup" => props?["LogGroupName"],
            "AWS::IAM::Role" => props?["RoleName"],
            "AWS::CloudWatch::Alarm" => props?["AlarmName"],
            _ => null,
        };
        var name = property is null
            ? resource["Type"]?.ToString() == "AWS::S3::Bucket" ? $"{_options.StackName}-{logicalId}".ToLowerInvariant() : $"{_options.StackName}-{logicalId}"
            : IntrinsicEvaluator.Text(Evaluator.Resolve(property, $"Resources/{logicalId}/Properties"), $"Resources/{logicalId}");
        _resolving.Remove(logicalId);
        return _names[logicalId] = name;
    }

    private JsonObject? Resource(string logicalId, string path)
    {
        if (_resources[logicalId] is not JsonObject resource)
        {
            return null;
        }

        return IsIncluded(logicalId)
            ? resource
            : throw IntrinsicEvaluator.Error(path, $"'{logicalId}' is not created (its condition is false)");
    }

    private string RefValue(string logicalId, JsonObject resource, string path)
    {
        var name = PhysicalName(logicalId, path);
        return resource["Type"]?.ToString() switch
        {
            "AWS::Serverless::StateMachine" or "AWS::StepFunctions::StateMachine" => Arn("states", $"stateMachine:{name}"),
            "AWS::SNS::Topic" => Arn("sns", name),
            "AWS::Batch::JobQueue" => Arn("batch", $"job-queue/{name}"),
            "AWS::Batch::JobDefinition" => Arn("batch", $"job-definition/{name}:1"),
            "AWS::Batch::ComputeEnvironment" => Arn("batch", $"compute-environment/{name}"),
            _ => name,
        };
    }
}

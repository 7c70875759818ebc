namespace MlOps.Local.Template.Model;

/// <summary>A template resolved for the local cloud.</summary>
public sealed class LoadedTemplate
{
    /// <summary>The template file.</summary>
    public required string Path { get; init; }

    /// <summary>The folder the template's relative paths start from.</summary>
    public required string Directory { get; init; }

    /// <summary>Parameter values after defaults and overrides.</summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }

    /// <summary>Every resource whose condition holds.</summary>
    public required IReadOnlyList<LocalResource> Resources { get; init; }

    /// <summary>Functions by logical id.</summary>
    public required IReadOnlyList<LocalFunction> Functions { get; init; }

    /// <summary>State machines.</summary>
    public required IReadOnlyList<LocalStateMachine> StateMachines { get; init; }

    /// <summary>Buckets.</summary>
    public required IReadOnlyList<LocalBucket> Buckets { get; init; }

    /// <summary>EventBridge rules.</summary>
    public required IReadOnlyList<LocalEventRule> Rules { get; init; }

    /// <summary>S3 notifications to functions.</summary>
    public required IReadOnlyList<LocalS3Notification> S3Notifications { get; init; }

    /// <summary>Batch job definitions.</summary>
    public required IReadOnlyList<LocalJobDefinition> JobDefinitions { get; init; }

    /// <summary>Stack outputs.</summary>
    public required IReadOnlyDictionary<string, string> Outputs { get; init; }

    /// <summary>Non-fatal findings (undeclared override keys, ...).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Finds a function by logical id, physical name or ARN (with or without a qualifier).</summary>
    public LocalFunction? FindFunction(string idNameOrArn)
    {
        ArgumentNullException.ThrowIfNull(idNameOrArn);
        return Functions.FirstOrDefault(f => f.LogicalId == idNameOrArn || f.FunctionName == idNameOrArn || f.Arn == idNameOrArn
            || idNameOrArn.StartsWith(f.Arn + ":", StringComparison.Ordinal));
    }

    /// <summary>Finds a state machine by logical id, name or ARN.</summary>
    public LocalStateMachine? FindStateMachine(string idNameOrArn) =>
        StateMachines.FirstOrDefault(m => m.LogicalId == idNameOrArn || m.Name == idNameOrArn || m.Arn == idNameOrArn);
}

namespace MlOps.Functions.Prepare;

/// <summary>What Prepare extracts from its input, whatever the event's shape.</summary>
internal sealed record TriggerEvent
{
    /// <summary><c>s3</c>, <c>eventbridge</c> or <c>execution</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The bucket.</summary>
    public required string Bucket { get; init; }

    /// <summary>The key, decoded.</summary>
    public required string Key { get; init; }

    /// <summary>The object's ETag, unquoted, when the event carries it.</summary>
    public string? Etag { get; init; }

    /// <summary>The object's size, when the event carries it.</summary>
    public long? SizeBytes { get; init; }

    /// <summary>S3's event sequencer, when the event carries it.</summary>
    public string? Sequencer { get; init; }

    /// <summary>The event time.</summary>
    public DateTimeOffset? EventTime { get; init; }

    /// <summary>The run that asked for this one (plain input only).</summary>
    public string? ParentRunId { get; init; }

    /// <summary>A seed overriding the config's (plain input only).</summary>
    public int? Seed { get; init; }
}

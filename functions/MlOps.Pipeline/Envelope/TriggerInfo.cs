namespace MlOps.Pipeline.Envelope;

/// <summary>The upload that started a run.</summary>
public sealed record TriggerInfo
{
    /// <summary><c>s3</c> (S3 notification), <c>eventbridge</c> (Object Created) or <c>execution</c> (plain input).</summary>
    public string Source { get; set; } = "";

    /// <summary>Bucket of the uploaded object.</summary>
    public string Bucket { get; set; } = "";

    /// <summary>Key of the uploaded object (URL-decoded).</summary>
    public string Key { get; set; } = "";

    /// <summary>ETag of the uploaded object, unquoted.</summary>
    public string? Etag { get; set; }

    /// <summary>Size of the uploaded object in bytes, if known.</summary>
    public long? SizeBytes { get; set; }

    /// <summary>Time of the event, if the event carries one.</summary>
    public DateTimeOffset? EventTime { get; set; }
}

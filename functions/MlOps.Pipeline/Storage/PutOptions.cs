namespace MlOps.Pipeline.Storage;

/// <summary>Conditions and headers of a PUT.</summary>
public sealed record PutOptions
{
    /// <summary>Write only if the current object's ETag equals this (optimistic concurrency).</summary>
    public string? IfMatch { get; init; }

    /// <summary>Write only if no object exists under the key (<c>If-None-Match: *</c>, create-once).</summary>
    public bool IfNoneMatch { get; init; }

    /// <summary>The Content-Type to store, if any.</summary>
    public string? ContentType { get; init; }

    /// <summary>Create-only: fails with <c>MlOps.PreconditionFailed</c> when the key exists.</summary>
    public static PutOptions CreateOnly { get; } = new() { IfNoneMatch = true };

    /// <summary>Replace only the version with this ETag.</summary>
    public static PutOptions Matching(string etag) => new() { IfMatch = etag };
}

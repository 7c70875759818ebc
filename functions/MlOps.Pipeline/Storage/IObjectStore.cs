namespace MlOps.Pipeline.Storage;

/// <summary>
/// One bucket of objects, S3 semantics: whole-object reads and writes, ETags, conditional writes
/// (<c>If-Match</c> / <c>If-None-Match: *</c>), prefix listing with continuation. Keys are checked by
/// <see cref="ObjectKey.Validate"/> before any I/O.
/// </summary>
public interface IObjectStore
{
    /// <summary>The bucket's name.</summary>
    string BucketName { get; }

    /// <summary>Opens the object for reading; <c>MlOps.ObjectNotFound</c> when it does not exist.</summary>
    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the whole object with the ETag of exactly the bytes read (for a later <c>If-Match</c>);
    /// <c>MlOps.ObjectNotFound</c> when it does not exist.
    /// </summary>
    Task<ObjectContent> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the whole object atomically (readers see the old or the new bytes, never a mix).
    /// With <see cref="PutOptions.IfMatch"/> or <see cref="PutOptions.IfNoneMatch"/> a failed condition throws
    /// <c>MlOps.PreconditionFailed</c> and changes nothing.
    /// </summary>
    Task<ObjectInfo> PutAsync(string key, Stream content, PutOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The object's ETag, size and time, or null when it does not exist.</summary>
    Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>One page of keys starting with <paramref name="prefix"/>, in ascending key order.</summary>
    Task<ObjectListing> ListAsync(string prefix, string? continuationToken = null, int maxKeys = 1000, CancellationToken cancellationToken = default);

    /// <summary>Copies an object inside the bucket; <c>MlOps.ObjectNotFound</c> when the source is missing.</summary>
    Task<ObjectInfo> CopyAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken = default);

    /// <summary>Deletes the object; deleting a missing object is not an error (as in S3).</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);
}

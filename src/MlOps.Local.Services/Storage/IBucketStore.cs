namespace MlOps.Local.Services.Storage;

/// <summary>The S3 operations the local cloud needs: folders under the state directory, or any S3 endpoint.</summary>
public interface IBucketStore
{
    /// <summary>Writes an object and returns its metadata.</summary>
    Task<StoredObject> PutAsync(string bucket, string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>Reads an object; <see cref="ObjectMissingException"/> when it does not exist.</summary>
    Task<(byte[] Content, StoredObject Info)> GetAsync(string bucket, string key, CancellationToken cancellationToken = default);

    /// <summary>Metadata of an object, or null.</summary>
    Task<StoredObject?> HeadAsync(string bucket, string key, CancellationToken cancellationToken = default);

    /// <summary>Keys under a prefix, in key order.</summary>
    Task<IReadOnlyList<StoredObject>> ListAsync(string bucket, string prefix, CancellationToken cancellationToken = default);
}

namespace MlOps.StepFunctions.Storage;

/// <summary>The S3 subset the engine needs for Distributed Map.</summary>
public interface IObjectStore
{
    /// <summary>Reads an object; throws <see cref="KeyNotFoundException"/> when it does not exist.</summary>
    ValueTask<byte[]> GetObjectAsync(string bucket, string key, CancellationToken cancellationToken);

    /// <summary>Writes an object.</summary>
    ValueTask PutObjectAsync(string bucket, string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Lists objects under a prefix (ListObjectsV2 semantics, all pages).</summary>
    ValueTask<IReadOnlyList<ObjectSummary>> ListObjectsV2Async(string bucket, string? prefix, CancellationToken cancellationToken);
}

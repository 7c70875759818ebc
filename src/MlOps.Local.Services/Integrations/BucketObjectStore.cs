using MlOps.Local.Services.Storage;
using MlOps.StepFunctions.Storage;

namespace MlOps.Local.Services.Integrations;

/// <summary>The engine's object store (Distributed Map ItemReader/ResultWriter) over the local buckets.</summary>
public sealed class BucketObjectStore(IBucketStore buckets) : IObjectStore
{
    /// <inheritdoc />
    public async ValueTask<byte[]> GetObjectAsync(string bucket, string key, CancellationToken cancellationToken) =>
        (await buckets.GetAsync(bucket, key, cancellationToken)).Content;

    /// <inheritdoc />
    public async ValueTask PutObjectAsync(string bucket, string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        await buckets.PutAsync(bucket, key, content, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<ObjectSummary>> ListObjectsV2Async(string bucket, string? prefix, CancellationToken cancellationToken) =>
        [.. (await buckets.ListAsync(bucket, prefix ?? string.Empty, cancellationToken)).Select(o => new ObjectSummary(o.Key, o.Size, $"\"{o.ETag}\"", o.LastModified))];
}

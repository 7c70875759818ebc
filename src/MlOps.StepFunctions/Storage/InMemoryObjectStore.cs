using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace MlOps.StepFunctions.Storage;

/// <summary>A thread-safe in-memory <see cref="IObjectStore"/> (test double and small local runs).</summary>
public sealed class InMemoryObjectStore(TimeProvider? clock = null) : IObjectStore
{
    private readonly ConcurrentDictionary<(string Bucket, string Key), (byte[] Data, DateTimeOffset Modified)> _objects = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <inheritdoc/>
    public ValueTask<byte[]> GetObjectAsync(string bucket, string key, CancellationToken cancellationToken) =>
        _objects.TryGetValue((bucket, key), out var o)
            ? ValueTask.FromResult(o.Data)
            : throw new KeyNotFoundException("The specified key does not exist: s3://" + bucket + "/" + key);

    /// <inheritdoc/>
    public ValueTask PutObjectAsync(string bucket, string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        _objects[(bucket, key)] = (content.ToArray(), _clock.GetUtcNow());
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<ObjectSummary>> ListObjectsV2Async(string bucket, string? prefix, CancellationToken cancellationToken)
    {
        IReadOnlyList<ObjectSummary> list = [.. _objects
            .Where(p => p.Key.Bucket == bucket && (prefix is null || p.Key.Key.StartsWith(prefix, StringComparison.Ordinal)))
            .OrderBy(p => p.Key.Key, StringComparer.Ordinal)
            .Select(p => new ObjectSummary(p.Key.Key, p.Value.Data.Length,
                "\"" + Convert.ToHexStringLower(SHA256.HashData(p.Value.Data), 0, 16) + "\"", p.Value.Modified))];
        return ValueTask.FromResult(list);
    }
}

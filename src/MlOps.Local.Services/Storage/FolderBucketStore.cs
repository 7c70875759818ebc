using System.Security.Cryptography;

namespace MlOps.Local.Services.Storage;

/// <summary>
/// Buckets as folders: <c>&lt;root&gt;/&lt;bucket&gt;/&lt;key&gt;</c>, the layout the functions use when
/// <c>MLOPS_LOCAL_BUCKETS_DIR</c> is set. Writes go to a temp file renamed into place, so readers never see half a file.
/// </summary>
public sealed class FolderBucketStore(string root) : IBucketStore
{
    /// <summary>The folder holding one folder per bucket.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <inheritdoc />
    public async Task<StoredObject> PutAsync(string bucket, string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var path = PathOf(bucket, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllBytesAsync(temp, content.ToArray(), cancellationToken);
        File.Move(temp, path, overwrite: true);
        return Info(bucket, key, content.Span, path);
    }

    /// <inheritdoc />
    public async Task<(byte[] Content, StoredObject Info)> GetAsync(string bucket, string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(bucket, key);
        if (!File.Exists(path))
        {
            throw new ObjectMissingException(bucket, key);
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return (bytes, Info(bucket, key, bytes, path));
    }

    /// <inheritdoc />
    public async Task<StoredObject?> HeadAsync(string bucket, string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(bucket, key);
        return File.Exists(path) ? (await GetAsync(bucket, key, cancellationToken)).Info : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredObject>> ListAsync(string bucket, string prefix, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(Root, bucket);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var result = new List<StoredObject>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var key = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (key.StartsWith(prefix, StringComparison.Ordinal) && !Path.GetFileName(key).StartsWith('.'))
            {
                result.Add((await GetAsync(bucket, key, cancellationToken)).Info);
            }
        }

        return [.. result.OrderBy(o => o.Key, StringComparer.Ordinal)];
    }

    private string PathOf(string bucket, string key)
    {
        if (string.IsNullOrWhiteSpace(bucket) || bucket.Contains('/', StringComparison.Ordinal) || bucket.StartsWith('.'))
        {
            throw new ArgumentException($"'{bucket}' is not a valid bucket name", nameof(bucket));
        }

        var path = Path.GetFullPath(Path.Combine(Root, bucket, key));
        var bucketRoot = Path.GetFullPath(Path.Combine(Root, bucket)) + Path.DirectorySeparatorChar;
        return key.Length > 0 && path.StartsWith(bucketRoot, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException($"'{key}' is not a valid key for bucket '{bucket}'", nameof(key));
    }

#pragma warning disable CA5351 // S3's ETag is the MD5 of the content; it is an identifier here, not a security control.
    private static StoredObject Info(string bucket, string key, ReadOnlySpan<byte> content, string path) =>
        new(bucket, key, Convert.ToHexStringLower(MD5.HashData(content)), content.Length, File.GetLastWriteTimeUtc(path));
#pragma warning restore CA5351
}

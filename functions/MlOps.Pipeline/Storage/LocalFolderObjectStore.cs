using System.Security.Cryptography;
using System.Text;
using MlOps.Pipeline.Errors;

namespace MlOps.Pipeline.Storage;

/// <summary>
/// A bucket as a folder (<c>&lt;bucketsDir&gt;/&lt;bucket&gt;/&lt;key&gt;</c>). Writes go to a temp file that is renamed
/// into place under a per-key cross-process lock, so writes are atomic and <c>If-Match</c>/<c>If-None-Match</c>
/// checks cannot race. ETags are the MD5 hex of the content, as S3 computes them for single-part uploads.
/// </summary>
public sealed class LocalFolderObjectStore : IObjectStore
{
    private const string TempFolder = ".mlops-tmp";
    private const string LockFolder = ".mlops-locks";
    private const int MaxCachedETags = 10_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path, long Size, long Ticks), string> ListingETags = new();
    private readonly string _root;
    private readonly string _tempDir;
    private readonly string _lockDir;

    /// <summary>Opens (and creates if needed) the folder of <paramref name="bucketName"/> under <paramref name="bucketsDirectory"/>.</summary>
    public LocalFolderObjectStore(string bucketsDirectory, string bucketName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bucketsDirectory);
        if (string.IsNullOrWhiteSpace(bucketName) || bucketName.StartsWith('.') || bucketName.Contains('/', StringComparison.Ordinal)
            || bucketName.Contains('\\', StringComparison.Ordinal) || bucketName.Any(char.IsControl))
        {
            throw new ArgumentException($"'{bucketName}' is not a valid bucket name.", nameof(bucketName));
        }

        BucketName = bucketName;
        var baseDir = Path.GetFullPath(bucketsDirectory);
        _root = Path.Combine(baseDir, bucketName);
        _tempDir = Path.Combine(baseDir, TempFolder);
        _lockDir = Path.Combine(baseDir, LockFolder, bucketName);
        Directory.CreateDirectory(_root);
        Directory.CreateDirectory(_tempDir);
    }

    /// <inheritdoc />
    public string BucketName { get; }

    /// <inheritdoc />
    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous);
            return Task.FromResult(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException || (ex is UnauthorizedAccessException && Directory.Exists(path)))
        {
            throw NotFound(key, ex);
        }
    }

    /// <inheritdoc />
    public async Task<ObjectContent> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        try
        {
            // One handle reads one version: writers replace the file by rename, never in place.
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous);
            var bytes = new byte[stream.Length];
            await stream.ReadExactlyAsync(bytes, cancellationToken);
            var etag = ETags.Of(bytes);
            return new ObjectContent(bytes, new ObjectInfo(key, etag, bytes.Length, File.GetLastWriteTimeUtc(path)));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException || (ex is UnauthorizedAccessException && Directory.Exists(path)))
        {
            throw NotFound(key, ex);
        }
    }

    /// <inheritdoc />
    public async Task<ObjectInfo> PutAsync(string key, Stream content, PutOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathOf(key);
        var temp = Path.Combine(_tempDir, Guid.NewGuid().ToString("N"));
        string etag;
        try
        {
            etag = await WriteTempAsync(temp, content, cancellationToken);
            using (await LocalFileLock.AcquireAsync(LockPathOf(key), cancellationToken))
            {
                await CheckConditionAsync(key, path, options, cancellationToken);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.Move(temp, path, overwrite: true);
            }
        }
        finally
        {
            File.Delete(temp);
        }

        var info = new FileInfo(path);
        return new ObjectInfo(key, etag, info.Length, info.LastWriteTimeUtc);
    }

    /// <inheritdoc />
    public Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken = default) => CachedHeadAsync(key, cancellationToken);

    /// <summary>HEAD computing the ETag from the bytes on disk now (used under the key lock for conditional writes).</summary>
    private async Task<ObjectInfo?> ExactHeadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous);
            var etag = await ETags.OfAsync(stream, cancellationToken);
            return new ObjectInfo(key, etag, stream.Length, File.GetLastWriteTimeUtc(path));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException || (ex is UnauthorizedAccessException && Directory.Exists(path)))
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<ObjectListing> ListAsync(string prefix, string? continuationToken = null, int maxKeys = 1000, CancellationToken cancellationToken = default)
    {
        ObjectKey.ValidatePrefix(prefix);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxKeys);
        var slash = prefix.LastIndexOf('/');
        var startDir = slash < 0 ? _root : Path.Combine(_root, prefix[..slash]);
        if (!Directory.Exists(startDir))
        {
            return new ObjectListing([], null);
        }

        var keys = Directory.EnumerateFiles(startDir, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(_root, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(key => key.StartsWith(prefix, StringComparison.Ordinal)
                && (continuationToken is null || string.CompareOrdinal(key, continuationToken) > 0))
            .Order(StringComparer.Ordinal)
            .Take(maxKeys + 1)
            .ToList();
        var page = new List<ObjectInfo>(Math.Min(keys.Count, maxKeys));
        foreach (var key in keys.Take(maxKeys))
        {
            var info = await CachedHeadAsync(key, cancellationToken);
            if (info is not null)
            {
                page.Add(info);
            }
        }

        return new ObjectListing(page, keys.Count > maxKeys ? keys[maxKeys - 1] : null);
    }

    /// <inheritdoc />
    public async Task<ObjectInfo> CopyAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken = default)
    {
        ObjectKey.Validate(destinationKey);
        await using var source = await OpenReadAsync(sourceKey, cancellationToken);
        return await PutAsync(destinationKey, source, null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        using (await LocalFileLock.AcquireAsync(LockPathOf(key), cancellationToken))
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// HEAD and listing ETags, cached by (path, size, modification time) so that heading a large upload or listing a
    /// folder of models does not re-read them. Writes replace files by rename, which changes the modification time.
    /// Conditional writes never use the cache (<see cref="ExactHeadAsync"/>), and reads hash the bytes they return.
    /// </summary>
    private async Task<ObjectInfo?> CachedHeadAsync(string key, CancellationToken cancellationToken)
    {
        var file = new FileInfo(PathOf(key));
        if (!file.Exists)
        {
            return null;
        }

        var stamp = (file.FullName, file.Length, file.LastWriteTimeUtc.Ticks);
        if (ListingETags.TryGetValue(stamp, out var cached))
        {
            return new ObjectInfo(key, cached, file.Length, file.LastWriteTimeUtc);
        }

        var info = await ExactHeadAsync(key, cancellationToken);
        if (info is not null && info.Size == file.Length)
        {
            if (ListingETags.Count >= MaxCachedETags)
            {
                ListingETags.Clear();
            }

            ListingETags[stamp] = info.ETag;
        }

        return info;
    }

    private static async Task<string> WriteTempAsync(string temp, Stream content, CancellationToken cancellationToken)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        await using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            md5.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        await file.FlushAsync(cancellationToken);
        file.Flush(flushToDisk: true);
        return Convert.ToHexStringLower(md5.GetHashAndReset());
    }

    private async Task CheckConditionAsync(string key, string path, PutOptions? options, CancellationToken cancellationToken)
    {
        if (options is null || (!options.IfNoneMatch && options.IfMatch is null))
        {
            return;
        }

        if (options.IfNoneMatch && File.Exists(path))
        {
            throw new PreconditionFailedException($"s3://{BucketName}/{key} already exists (If-None-Match: *).");
        }

        if (options.IfMatch is not null)
        {
            var current = await ExactHeadAsync(key, cancellationToken);
            if (current is null || !string.Equals(current.ETag, options.IfMatch.Trim('"'), StringComparison.OrdinalIgnoreCase))
            {
                throw new PreconditionFailedException(
                    $"s3://{BucketName}/{key} has ETag {current?.ETag ?? "(none: missing)"}, not {options.IfMatch} (If-Match).");
            }
        }
    }

    private string PathOf(string key)
    {
        ObjectKey.Validate(key);
        var path = Path.GetFullPath(Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar)));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidObjectKeyException($"Object key '{key}' resolves outside the bucket folder.");
        }

        return path;
    }

    internal string LockPathOf(string key) =>
        Path.Combine(_lockDir, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))) + ".lock");

    private ObjectNotFoundException NotFound(string key, Exception inner) =>
        new($"s3://{BucketName}/{key} does not exist.", inner);
}

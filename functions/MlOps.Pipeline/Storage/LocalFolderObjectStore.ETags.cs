using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MlOps.Pipeline.Storage;

/// <summary>ETag bookkeeping of the local store: an in-process cache and per-object sidecars, both stamped by size and time.</summary>
public sealed partial class LocalFolderObjectStore
{
    private const string ETagFolder = ".mlops-etags";
    private const int MaxCachedETags = 10_000;
    private static readonly ConcurrentDictionary<(string Path, long Size, long Ticks), string> ListingETags = new();

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
        if (ListingETags.TryGetValue(stamp, out var cached) || TryReadSidecar(key, file, out cached))
        {
            return new ObjectInfo(key, cached, file.Length, file.LastWriteTimeUtc);
        }

        var info = await ExactHeadAsync(key, cancellationToken);
        if (info is not null && info.Size == file.Length)
        {
            CacheInMemory(stamp, info.ETag);
        }

        return info;
    }

    /// <summary>
    /// Records the ETag computed while writing, in memory and in a sidecar (<c>.mlops-etags/&lt;bucket&gt;/</c>, outside the
    /// bucket folder) stamped with the file's size and modification time, so other processes need not re-hash the object.
    /// Files placed in the folder by hand have no matching sidecar and are hashed on first HEAD.
    /// </summary>
    private void RememberETag(string key, FileInfo written, string etag)
    {
        CacheInMemory((written.FullName, written.Length, written.LastWriteTimeUtc.Ticks), etag);
        var sidecar = SidecarPathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(sidecar)!);
        var temp = Path.Combine(_tempDir, Guid.NewGuid().ToString("N"));
        File.WriteAllText(temp, string.Create(CultureInfo.InvariantCulture, $"{written.Length} {written.LastWriteTimeUtc.Ticks} {etag}"));
        File.Move(temp, sidecar, overwrite: true);
    }

    private bool TryReadSidecar(string key, FileInfo file, out string etag)
    {
        etag = "";
        string[] parts;
        try
        {
            parts = File.ReadAllText(SidecarPathOf(key)).Split(' ');
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }

        if (parts.Length != 3
            || parts[0] != file.Length.ToString(CultureInfo.InvariantCulture)
            || parts[1] != file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture))
        {
            return false;
        }

        etag = parts[2];
        CacheInMemory((file.FullName, file.Length, file.LastWriteTimeUtc.Ticks), etag);
        return true;
    }

    private static void CacheInMemory((string Path, long Size, long Ticks) stamp, string etag)
    {
        if (ListingETags.Count >= MaxCachedETags)
        {
            ListingETags.Clear();
        }

        ListingETags[stamp] = etag;
    }

    private string SidecarPathOf(string key) =>
        Path.Combine(_etagDir, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))) + ".etag");
}

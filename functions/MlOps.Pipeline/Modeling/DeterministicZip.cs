using System.IO.Compression;

namespace MlOps.Pipeline.Modeling;

/// <summary>
/// Rewrites a zip with a fixed timestamp on every entry (ML.NET stamps save time), optionally adding entries, so the
/// same model gives the same bytes and the same SHA-256.
/// </summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Returns the rewritten archive.</summary>
    public static byte[] Normalize(byte[] zip, IReadOnlyDictionary<string, byte[]> extraEntries)
    {
        ArgumentNullException.ThrowIfNull(extraEntries);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                Add(target, entry.FullName, from);
            }

            foreach (var (name, bytes) in extraEntries.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                using var from = new MemoryStream(bytes);
                Add(target, name, from);
            }
        }

        return output.ToArray();
    }

    /// <summary>Reads one entry of an archive, or null when absent.</summary>
    public static byte[]? ReadEntry(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entry = archive.GetEntry(name);
        if (entry is null)
        {
            return null;
        }

        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static void Add(ZipArchive target, string name, Stream content)
    {
        var entry = target.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        using var to = entry.Open();
        content.CopyTo(to);
    }
}

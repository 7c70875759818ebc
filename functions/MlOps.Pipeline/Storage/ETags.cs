using System.Security.Cryptography;

namespace MlOps.Pipeline.Storage;

/// <summary>
/// S3-style ETags: the MD5 hex of the content, as S3 computes for single-part uploads. MD5 is used for
/// compatibility with S3's ETags and change detection only, never for security (integrity uses SHA-256).
/// </summary>
internal static class ETags
{
    /// <summary>The ETag of <paramref name="content"/>.</summary>
    public static string Of(ReadOnlySpan<byte> content)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        md5.AppendData(content);
        return Convert.ToHexStringLower(md5.GetHashAndReset());
    }

    /// <summary>The ETag of a stream's remaining bytes.</summary>
    public static async Task<string> OfAsync(Stream content, CancellationToken cancellationToken)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            md5.AppendData(buffer, 0, read);
        }

        return Convert.ToHexStringLower(md5.GetHashAndReset());
    }
}

namespace MlOps.Local.Services.Storage;

/// <summary>An object's metadata as S3 reports it.</summary>
/// <param name="Bucket">The bucket.</param>
/// <param name="Key">The key.</param>
/// <param name="ETag">MD5 hex of the content (S3's single-part ETag), without quotes.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="LastModified">Last write time (UTC).</param>
public sealed record StoredObject(string Bucket, string Key, string ETag, long Size, DateTimeOffset LastModified);

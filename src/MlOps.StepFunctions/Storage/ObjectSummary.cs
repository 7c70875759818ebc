namespace MlOps.StepFunctions.Storage;

/// <summary>One entry of a ListObjectsV2 listing, as ItemReader passes it to the item processor.</summary>
/// <param name="Key">Object key.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="ETag">Entity tag (quoted, as S3 returns it).</param>
/// <param name="LastModified">Last modification time.</param>
/// <param name="StorageClass">Storage class, e.g. STANDARD.</param>
public sealed record ObjectSummary(string Key, long Size, string ETag, DateTimeOffset LastModified, string StorageClass = "STANDARD");

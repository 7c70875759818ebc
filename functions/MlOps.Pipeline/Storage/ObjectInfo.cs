namespace MlOps.Pipeline.Storage;

/// <summary>What a HEAD, PUT, COPY or LIST tells about one object.</summary>
/// <param name="Key">The object key.</param>
/// <param name="ETag">The entity tag without quotes (MD5 hex for single-part objects).</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="LastModified">Last modification time.</param>
public sealed record ObjectInfo(string Key, string ETag, long Size, DateTimeOffset LastModified);

using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using MlOps.Pipeline.Errors;

namespace MlOps.Pipeline.Storage;

/// <summary>
/// A bucket on S3 or an S3-compatible server. Conditional writes use S3's <c>If-Match</c> and
/// <c>If-None-Match: *</c> on PutObject, which real S3 enforces (since 2024): a lost race answers
/// 412 Precondition Failed (or 409 ConditionalRequestConflict) and becomes <c>MlOps.PreconditionFailed</c>.
/// Uploads are buffered and sent unchunked so that S3-compatible servers store the exact bytes.
/// </summary>
public sealed class S3ObjectStore : IObjectStore
{
    private readonly IAmazonS3 _client;
    private readonly bool _serverSideCopy;

    /// <summary>
    /// Uses <paramref name="client"/> (see <see cref="S3ClientFactory"/>) for bucket <paramref name="bucketName"/>.
    /// <paramref name="serverSideCopy"/> false copies through the client (GET + PUT): s3rver 3.7 cannot parse the
    /// URL-encoded <c>x-amz-copy-source</c> the SDK sends (it decodes with <c>decodeURI</c>, leaving <c>%2F</c>).
    /// </summary>
    public S3ObjectStore(IAmazonS3 client, string bucketName, bool serverSideCopy = true)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(bucketName);
        _client = client;
        _serverSideCopy = serverSideCopy;
        BucketName = bucketName;
    }

    /// <inheritdoc />
    public string BucketName { get; }

    /// <inheritdoc />
    public async Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ObjectKey.Validate(key);
        try
        {
            var response = await _client.GetObjectAsync(BucketName, key, cancellationToken);
            return new S3ResponseStream(response);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new ObjectNotFoundException($"s3://{BucketName}/{key} does not exist.", ex);
        }
    }

    /// <inheritdoc />
    public async Task<ObjectContent> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ObjectKey.Validate(key);
        try
        {
            using var response = await _client.GetObjectAsync(BucketName, key, cancellationToken);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, cancellationToken);
            var info = new ObjectInfo(key, Unquote(response.ETag), buffer.Length, ToOffset(response.LastModified));
            return new ObjectContent(buffer.ToArray(), info);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new ObjectNotFoundException($"s3://{BucketName}/{key} does not exist.", ex);
        }
    }

    /// <inheritdoc />
    public async Task<ObjectInfo> PutAsync(string key, Stream content, PutOptions? options = null, CancellationToken cancellationToken = default)
    {
        ObjectKey.Validate(key);
        ArgumentNullException.ThrowIfNull(content);
        // Unchunked uploads sign the payload hash, so the SDK needs a seekable body: buffer only streams that are not.
        MemoryStream? buffer = null;
        var body = content;
        if (!content.CanSeek)
        {
            buffer = new MemoryStream();
            await content.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            body = buffer;
        }

        using var owned = buffer;
        var length = body.Length - body.Position;
        var request = new PutObjectRequest
        {
            BucketName = BucketName,
            Key = key,
            InputStream = body,
            AutoCloseStream = false,
            AutoResetStreamPosition = false,
            UseChunkEncoding = false,
            ContentType = options?.ContentType,
        };
        if (options?.IfMatch is { } etag)
        {
            request.IfMatch = Quote(etag);
        }

        if (options?.IfNoneMatch == true)
        {
            request.IfNoneMatch = "*";
        }

        try
        {
            var response = await _client.PutObjectAsync(request, cancellationToken);
            return new ObjectInfo(key, Unquote(response.ETag), length, DateTimeOffset.UtcNow);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict)
        {
            var condition = options?.IfNoneMatch == true ? "If-None-Match: *" : $"If-Match: {options?.IfMatch}";
            throw new PreconditionFailedException($"s3://{BucketName}/{key}: the condition {condition} did not hold ({ex.ErrorCode}).", ex);
        }
    }

    /// <inheritdoc />
    public async Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken = default)
    {
        ObjectKey.Validate(key);
        try
        {
            var response = await _client.GetObjectMetadataAsync(BucketName, key, cancellationToken);
            return new ObjectInfo(key, Unquote(response.ETag), response.ContentLength, ToOffset(response.LastModified));
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<ObjectListing> ListAsync(string prefix, string? continuationToken = null, int maxKeys = 1000, CancellationToken cancellationToken = default)
    {
        ObjectKey.ValidatePrefix(prefix);
        var response = await _client.ListObjectsV2Async(
            new ListObjectsV2Request { BucketName = BucketName, Prefix = prefix, ContinuationToken = continuationToken, MaxKeys = maxKeys },
            cancellationToken);
        var objects = (response.S3Objects ?? [])
            .Select(o => new ObjectInfo(o.Key, Unquote(o.ETag), o.Size ?? 0, ToOffset(o.LastModified)))
            .ToList();
        return new ObjectListing(objects, response.IsTruncated == true ? response.NextContinuationToken : null);
    }

    /// <inheritdoc />
    public async Task<ObjectInfo> CopyAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken = default)
    {
        ObjectKey.Validate(sourceKey);
        ObjectKey.Validate(destinationKey);
        if (!_serverSideCopy)
        {
            await using var source = await OpenReadAsync(sourceKey, cancellationToken);
            return await PutAsync(destinationKey, source, null, cancellationToken);
        }

        try
        {
            await _client.CopyObjectAsync(
                new CopyObjectRequest
                {
                    SourceBucket = BucketName,
                    SourceKey = sourceKey,
                    DestinationBucket = BucketName,
                    DestinationKey = destinationKey,
                },
                cancellationToken);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new ObjectNotFoundException($"s3://{BucketName}/{sourceKey} does not exist.", ex);
        }

        return await HeadAsync(destinationKey, cancellationToken)
            ?? throw new ObjectNotFoundException($"s3://{BucketName}/{destinationKey} vanished right after it was copied.");
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ObjectKey.Validate(key);
        await _client.DeleteObjectAsync(BucketName, key, cancellationToken);
    }

    private static string Quote(string etag) => etag.StartsWith('"') ? etag : $"\"{etag}\"";

    private static string Unquote(string? etag) => (etag ?? "").Trim('"');

    private static DateTimeOffset ToOffset(DateTime? time) =>
        time is { } t ? new DateTimeOffset(t.ToUniversalTime(), TimeSpan.Zero) : DateTimeOffset.UnixEpoch;
}

using Amazon.Runtime;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Local.Services.Storage;

/// <summary>Buckets on any S3 endpoint (AWS, s3rver, MinIO) through the pipeline's S3 object store, path-style.</summary>
public sealed class S3BucketStore(Uri endpoint) : IBucketStore
{
    private readonly Amazon.S3.AmazonS3Client _client = S3ClientFactory.ForEndpoint(
        endpoint.ToString(),
        S3ClientFactory.FromEnvironment(Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty, StringComparer.Ordinal))
        ?? new BasicAWSCredentials("S3RVER", "S3RVER"));

    /// <inheritdoc />
    public async Task<StoredObject> PutAsync(string bucket, string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(content.ToArray());
        return Map(bucket, await Store(bucket).PutAsync(key, stream, null, cancellationToken));
    }

    /// <inheritdoc />
    public async Task<(byte[] Content, StoredObject Info)> GetAsync(string bucket, string key, CancellationToken cancellationToken = default)
    {
        try
        {
            var read = await Store(bucket).ReadAsync(key, cancellationToken);
            return (read.Bytes.ToArray(), Map(bucket, read.Info));
        }
        catch (ObjectNotFoundException)
        {
            throw new ObjectMissingException(bucket, key);
        }
    }

    /// <inheritdoc />
    public async Task<StoredObject?> HeadAsync(string bucket, string key, CancellationToken cancellationToken = default) =>
        await Store(bucket).HeadAsync(key, cancellationToken) is { } info ? Map(bucket, info) : null;

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredObject>> ListAsync(string bucket, string prefix, CancellationToken cancellationToken = default)
    {
        var result = new List<StoredObject>();
        string? token = null;
        do
        {
            var page = await Store(bucket).ListAsync(prefix, token, 1000, cancellationToken);
            result.AddRange(page.Objects.Select(o => Map(bucket, o)));
            token = page.NextContinuationToken;
        }
        while (token is not null);
        return result;
    }

    /// <summary>
    /// Creates the template's buckets the endpoint does not have yet, as a deployment would (a fresh s3rver or MinIO
    /// starts empty); buckets that already exist are left as they are.
    /// </summary>
    public async Task EnsureBucketsAsync(IEnumerable<string> buckets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        var existing = (await _client.ListBucketsAsync(cancellationToken)).Buckets?.Select(b => b.BucketName).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var bucket in buckets.Where(b => !existing.Contains(b)))
        {
            try
            {
                await _client.PutBucketAsync(bucket, cancellationToken);
            }
            catch (Amazon.S3.AmazonS3Exception ex) when (ex.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists")
            {
                // Created meanwhile by another run: the bucket is there, which is all that is needed.
            }
        }
    }

    /// <summary>One bucket as the pipeline's object store (what the functions and the model registry use).</summary>
    public IObjectStore ObjectStore(string bucket) => Store(bucket);

    // Copies go through the client on custom endpoints: s3rver mis-stores URL-encoded copy sources.
    private S3ObjectStore Store(string bucket) => new(_client, bucket, serverSideCopy: false);

    private static StoredObject Map(string bucket, ObjectInfo info) => new(bucket, info.Key, info.ETag.Trim('"'), info.Size, info.LastModified);
}

using System.Collections.Concurrent;
using Amazon.Runtime;
using Amazon.S3;

namespace MlOps.Pipeline.Storage;

/// <summary>
/// Picks the store from the function environment (CONTRACT.md): <c>MLOPS_LOCAL_BUCKETS_DIR</c> → a folder per bucket;
/// else <c>MLOPS_S3_ENDPOINT</c> → that S3-compatible endpoint, path style; else AWS S3 in <c>AWS_REGION</c>.
/// </summary>
public sealed class ObjectStoreProvider : IObjectStoreProvider
{
    private readonly Func<string, IObjectStore> _create;
    private readonly ConcurrentDictionary<string, IObjectStore> _stores = new(StringComparer.Ordinal);

    /// <summary>Uses <paramref name="create"/> to open a bucket's store the first time it is asked for.</summary>
    public ObjectStoreProvider(Func<string, IObjectStore> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        _create = create;
    }

    /// <summary>Builds the provider the environment calls for.</summary>
    public static ObjectStoreProvider FromEnvironment(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.TryGetValue("MLOPS_LOCAL_BUCKETS_DIR", out var dir) && dir.Length > 0)
        {
            return new ObjectStoreProvider(bucket => new LocalFolderObjectStore(dir, bucket));
        }

        var region = environment.TryGetValue("AWS_REGION", out var r) && r.Length > 0 ? r : "us-east-1";
        if (environment.TryGetValue("MLOPS_S3_ENDPOINT", out var endpoint) && endpoint.Length > 0)
        {
            // S3-compatible servers: copies go through the client (see S3ObjectStore).
            IAmazonS3 local = S3ClientFactory.ForEndpoint(endpoint, S3ClientFactory.FromEnvironment(environment) ?? new AnonymousAWSCredentials(), region);
            return new ObjectStoreProvider(bucket => new S3ObjectStore(local, bucket, serverSideCopy: false));
        }

        IAmazonS3 client = S3ClientFactory.ForAws(region);
        return new ObjectStoreProvider(bucket => new S3ObjectStore(client, bucket));
    }

    /// <inheritdoc />
    public IObjectStore ForBucket(string bucketName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bucketName);
        return _stores.GetOrAdd(bucketName, _create);
    }
}

namespace MlOps.Pipeline.Storage;

/// <summary>Gives the object store of a bucket by name (the data bucket, or the bucket an event names).</summary>
public interface IObjectStoreProvider
{
    /// <summary>The store of <paramref name="bucketName"/>.</summary>
    IObjectStore ForBucket(string bucketName);
}

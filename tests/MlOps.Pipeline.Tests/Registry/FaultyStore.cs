using MlOps.Pipeline.Storage;

namespace MlOps.Pipeline.Tests.Registry;

/// <summary>Wraps a store and "kills the process" (throws) at a chosen operation, to test half-done work.</summary>
internal sealed class FaultyStore(IObjectStore inner, Func<string, string, bool> failWhen) : IObjectStore
{
    public string BucketName => inner.BucketName;

    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken = default) => inner.OpenReadAsync(key, cancellationToken);

    public Task<ObjectContent> ReadAsync(string key, CancellationToken cancellationToken = default) => inner.ReadAsync(key, cancellationToken);

    public Task<ObjectInfo> PutAsync(string key, Stream content, PutOptions? options = null, CancellationToken cancellationToken = default) =>
        failWhen("put", key) ? throw new SimulatedCrashException($"crash before PUT {key}") : inner.PutAsync(key, content, options, cancellationToken);

    public Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken = default) => inner.HeadAsync(key, cancellationToken);

    public Task<ObjectListing> ListAsync(string prefix, string? continuationToken = null, int maxKeys = 1000, CancellationToken cancellationToken = default) =>
        inner.ListAsync(prefix, continuationToken, maxKeys, cancellationToken);

    public Task<ObjectInfo> CopyAsync(string sourceKey, string destinationKey, CancellationToken cancellationToken = default) =>
        failWhen("copy", destinationKey) ? throw new SimulatedCrashException($"crash before COPY to {destinationKey}") : inner.CopyAsync(sourceKey, destinationKey, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);
}

internal sealed class SimulatedCrashException(string message) : Exception(message);

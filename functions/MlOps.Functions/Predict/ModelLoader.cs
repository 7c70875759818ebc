using System.Collections.Concurrent;
using System.Security.Cryptography;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Modeling;
using MlOps.Pipeline.Registry;

namespace MlOps.Functions.Predict;

/// <summary>
/// Loads registry versions for scoring: reads the artifact, verifies its SHA-256 against the registry before first use
/// (<c>MlOps.ArtifactIntegrityFailure</c> otherwise) and keeps it per (model, version) for the life of the process.
/// </summary>
internal sealed class ModelLoader
{
    private readonly ConcurrentDictionary<(string Model, int Version), Lazy<Task<LoadedModel>>> _cache = new();

    /// <summary>The version the alias points at, or null when the alias does not exist.</summary>
    public async Task<LoadedModel?> AliasAsync(ModelRegistry registry, string alias, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var document = await registry.GetAliasAsync(alias, cancellationToken);
        return document is null ? null : await VersionAsync(registry, document.Version, cancellationToken);
    }

    /// <summary>A given version (cached after the first verified load).</summary>
    public Task<LoadedModel> VersionAsync(ModelRegistry registry, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var key = (registry.ModelName, version);
        var lazy = _cache.GetOrAdd(key, _ => new Lazy<Task<LoadedModel>>(() => LoadAsync(registry, version, cancellationToken)));
        return AwaitedAsync(lazy, key);
    }

    private async Task<LoadedModel> AwaitedAsync(Lazy<Task<LoadedModel>> lazy, (string, int) key)
    {
        try
        {
            return await lazy.Value;
        }
        catch (Exception)
        {
            // A failed load (missing object, bad hash) is not cached: the next request checks again.
            _cache.TryRemove(new KeyValuePair<(string, int), Lazy<Task<LoadedModel>>>(key, lazy));
            throw;
        }
    }

    private static async Task<LoadedModel> LoadAsync(ModelRegistry registry, int version, CancellationToken cancellationToken)
    {
        var metadata = await registry.GetReadyVersionAsync(version, cancellationToken);
        var bytes = (await registry.Store.ReadAsync(metadata.ArtifactUri, cancellationToken)).Bytes.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(sha, metadata.ArtifactSha256, StringComparison.Ordinal))
        {
            throw new ArtifactIntegrityFailureException(
                $"{registry.ModelName} version {version}: {metadata.ArtifactUri} has SHA-256 {sha}, the registry records {metadata.ArtifactSha256}; refusing to serve it.");
        }

        try
        {
            return new LoadedModel(registry.ModelName, version, sha, ModelArtifact.Load(bytes));
        }
        catch (InvalidDataException ex)
        {
            throw new ArtifactIntegrityFailureException($"{registry.ModelName} version {version}: {metadata.ArtifactUri} is not a model package: {ex.Message}", ex);
        }
    }
}

using System.Text.RegularExpressions;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Pipeline.Registry;

/// <summary>
/// A model registry kept in the object store, safe under concurrent writers without any lock service:
/// version numbers are allocated by a create-only write (<c>If-None-Match: *</c>) of the version's metadata,
/// retried with the next number on conflict; aliases move with <c>If-Match</c> on the alias document's ETag,
/// retried a bounded number of times. A registration that dies half way leaves a <see cref="VersionState.Registering"/>
/// record that is never resolvable, so the registry never points at a missing or partial artifact.
/// </summary>
public sealed partial class ModelRegistry
{
    private readonly IObjectStore _store;
    private readonly TimeProvider _time;
    private readonly int _maxAttempts;

    /// <summary>Creates the registry of <paramref name="modelName"/> in <paramref name="store"/>.</summary>
    public ModelRegistry(IObjectStore store, string modelName, TimeProvider? time = null, int maxAttempts = 50)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrEmpty(modelName) || !ModelNamePattern().IsMatch(modelName))
        {
            throw new InvalidConfigException($"Model name '{modelName}' is invalid: use lower-case letters, digits and '-'.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxAttempts);
        _store = store;
        _time = time ?? TimeProvider.System;
        _maxAttempts = maxAttempts;
        ModelName = modelName;
    }

    /// <summary>The model name.</summary>
    public string ModelName { get; }

    /// <summary>The store the registry lives in.</summary>
    public IObjectStore Store => _store;

    /// <summary>
    /// Registers a trained artifact as the next version: verifies its SHA-256, claims a number, copies the artifact
    /// next to the metadata, verifies the copy and marks the version ready. A retry for the same run and artifact
    /// returns the version already registered.
    /// </summary>
    public async Task<ModelVersion> RegisterAsync(RegistrationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var expected = request.ExpectedSha256.ToLowerInvariant();
        if (!Sha256Pattern().IsMatch(expected))
        {
            throw new ArtifactIntegrityFailureException($"'{request.ExpectedSha256}' is not a SHA-256 hex digest.");
        }

        var runIndexKey = RegistryKeys.RunIndex(ModelName, request.Lineage.RunId, expected);
        if (await _store.GetJsonAsync(runIndexKey, RegistryJsonContext.Default.RunIndexEntry, cancellationToken) is { } indexed
            && await GetVersionAsync(indexed.Value.Version, cancellationToken) is { State: VersionState.Ready } existing
            && existing.ArtifactSha256 == expected)
        {
            return existing;
        }

        await VerifyAsync(request.SourceArtifactKey, expected, cancellationToken);
        var (claimed, claimEtag) = await ClaimVersionAsync(request, expected, cancellationToken);

        var artifactKey = claimed.ArtifactUri;
        var copy = await _store.CopyAsync(request.SourceArtifactKey, artifactKey, cancellationToken);
        await VerifyAsync(artifactKey, expected, cancellationToken);

        var ready = claimed with { State = VersionState.Ready, ArtifactSizeBytes = copy.Size, ReadyAt = _time.GetUtcNow() };
        await _store.PutJsonAsync(RegistryKeys.Metadata(ModelName, ready.Version), ready, RegistryJsonContext.Default.ModelVersion,
            PutOptions.Matching(claimEtag), cancellationToken);
        await _store.PutJsonAsync(runIndexKey, new RunIndexEntry { Version = ready.Version }, RegistryJsonContext.Default.RunIndexEntry,
            null, cancellationToken);
        return ready;
    }

    /// <summary>A version's record, or null when the number was never claimed.</summary>
    public async Task<ModelVersion?> GetVersionAsync(int version, CancellationToken cancellationToken = default)
    {
        var found = await _store.GetJsonAsync(RegistryKeys.Metadata(ModelName, version), RegistryJsonContext.Default.ModelVersion, cancellationToken);
        return found?.Value;
    }

    /// <summary>A ready version, or <c>MlOps.ModelVersionNotFound</c> when it is missing or incomplete.</summary>
    public async Task<ModelVersion> GetReadyVersionAsync(int version, CancellationToken cancellationToken = default)
    {
        var found = await GetVersionAsync(version, cancellationToken);
        return found switch
        {
            null => throw new ModelVersionNotFoundException($"Model {ModelName} has no version {version}."),
            { State: not VersionState.Ready } => throw new ModelVersionNotFoundException(
                $"Model {ModelName} version {version} never completed its registration (state {found.State})."),
            _ => found,
        };
    }

    /// <summary>Every claimed version (ready or not), by number.</summary>
    public async Task<IReadOnlyList<ModelVersion>> ListVersionsAsync(CancellationToken cancellationToken = default)
    {
        var versions = new List<ModelVersion>();
        await foreach (var item in _store.ListAllAsync(RegistryKeys.Versions(ModelName), cancellationToken))
        {
            if (RegistryKeys.VersionOf(ModelName, item.Key) is { } n && await GetVersionAsync(n, cancellationToken) is { } record)
            {
                versions.Add(record);
            }
        }

        return [.. versions.OrderBy(v => v.Version)];
    }

    /// <summary>Sets a ready version's approval status (If-Match on its metadata, bounded retries).</summary>
    public async Task<ModelVersion> SetApprovalAsync(int version, ApprovalStatus status, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < _maxAttempts; attempt++)
        {
            var key = RegistryKeys.Metadata(ModelName, version);
            var current = await _store.GetJsonAsync(key, RegistryJsonContext.Default.ModelVersion, cancellationToken)
                ?? throw new ModelVersionNotFoundException($"Model {ModelName} has no version {version}.");
            var updated = current.Value with { ApprovalStatus = status, ApprovalUpdatedAt = _time.GetUtcNow() };
            try
            {
                await _store.PutJsonAsync(key, updated, RegistryJsonContext.Default.ModelVersion, PutOptions.Matching(current.ETag), cancellationToken);
                return updated;
            }
            catch (PreconditionFailedException)
            {
                // Another writer changed the record since it was read: read again and retry.
            }
        }

        throw new RegistryConflictException($"Could not update the approval of {ModelName} version {version} after {_maxAttempts} attempts.");
    }

    private async Task<(ModelVersion Claimed, string ETag)> ClaimVersionAsync(RegistrationRequest request, string sha256, CancellationToken cancellationToken)
    {
        var next = (await HighestClaimedAsync(cancellationToken)) + 1;
        for (var attempt = 0; attempt < _maxAttempts; attempt++, next++)
        {
            var claim = new ModelVersion
            {
                Name = ModelName,
                Version = next,
                State = VersionState.Registering,
                ApprovalStatus = request.ApprovalStatus,
                ArtifactUri = RegistryKeys.Artifact(ModelName, next),
                ArtifactSha256 = sha256,
                Lineage = request.Lineage with { SourceArtifactUri = request.SourceArtifactKey },
                CreatedAt = _time.GetUtcNow(),
            };
            try
            {
                var written = await _store.PutJsonAsync(RegistryKeys.Metadata(ModelName, next), claim, RegistryJsonContext.Default.ModelVersion,
                    PutOptions.CreateOnly, cancellationToken);
                return (claim, written.ETag);
            }
            catch (PreconditionFailedException)
            {
                // Another registration took this number first: try the next one.
            }
        }

        throw new RegistryConflictException($"Could not allocate a version of {ModelName} after {_maxAttempts} attempts.");
    }

    private async Task<int> HighestClaimedAsync(CancellationToken cancellationToken)
    {
        var highest = 0;
        await foreach (var item in _store.ListAllAsync(RegistryKeys.Versions(ModelName), cancellationToken))
        {
            if (RegistryKeys.VersionOf(ModelName, item.Key) is { } n)
            {
                highest = Math.Max(highest, n);
            }
        }

        return highest;
    }

    private async Task VerifyAsync(string key, string expected, CancellationToken cancellationToken)
    {
        var actual = await _store.Sha256Async(key, cancellationToken);
        if (actual != expected)
        {
            throw new ArtifactIntegrityFailureException($"s3://{_store.BucketName}/{key} has SHA-256 {actual}, expected {expected}.");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex ModelNamePattern();

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Pattern();
}

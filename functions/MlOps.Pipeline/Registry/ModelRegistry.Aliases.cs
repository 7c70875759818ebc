using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Pipeline.Registry;

/// <summary>Alias moves: optimistic concurrency with If-Match (or If-None-Match for the first assignment).</summary>
public sealed partial class ModelRegistry
{
    /// <summary>The production alias name.</summary>
    public const string Production = "production";

    /// <summary>The challenger alias name.</summary>
    public const string Challenger = "challenger";

    /// <summary>The alias document, or null when the alias was never set.</summary>
    public async Task<AliasDocument?> GetAliasAsync(string alias, CancellationToken cancellationToken = default)
    {
        var found = await _store.GetJsonAsync(RegistryKeys.Alias(ModelName, CheckAlias(alias)), RegistryJsonContext.Default.AliasDocument, cancellationToken);
        return found?.Value;
    }

    /// <summary>
    /// Points <paramref name="alias"/> at a ready <paramref name="version"/>; the version it pointed at goes onto the
    /// rollback stack. Returns the new document (its <see cref="AliasDocument.History"/> ends with this move).
    /// </summary>
    public async Task<AliasDocument> SetAliasAsync(string alias, int version, string? runId, CancellationToken cancellationToken = default)
    {
        await GetReadyVersionAsync(version, cancellationToken);
        return await MoveAsync(alias, runId, current =>
        {
            if (current is not null && current.Version == version)
            {
                return null;
            }

            var previous = current is null ? [] : current.Previous.Append(current.Version).ToList();
            return (version, previous, "set");
        }, cancellationToken);
    }

    /// <summary>
    /// Moves <paramref name="alias"/> back to the version it pointed at before the current one (popping the rollback
    /// stack); <c>MlOps.NoPreviousVersion</c> when there is none. With <paramref name="expectedCurrent"/>, only rolls back
    /// that version: when the same run already rolled it back the call is a no-op (safe to retry), and when someone else
    /// moved the alias it is <c>MlOps.PreconditionFailed</c>.
    /// </summary>
    public Task<AliasDocument> RollbackAliasAsync(string alias, string? runId, int? expectedCurrent = null, CancellationToken cancellationToken = default) =>
        MoveAsync(alias, runId, current =>
        {
            if (current is not null && expectedCurrent is { } expected && current.Version != expected)
            {
                var last = current.History.Count > 0 ? current.History[^1] : null;
                return last is { Action: "rollback" } && last.PreviousVersion == expected && last.RunId == runId
                    ? null
                    : throw new PreconditionFailedException(
                        $"Alias {alias} of model {ModelName} points at version {current.Version}, not {expected}; not rolling back someone else's deployment.");
            }

            if (current is null || current.Previous.Count == 0)
            {
                throw new NoPreviousVersionException(current is null
                    ? $"Alias {alias} of model {ModelName} was never set, so there is nothing to roll back to."
                    : $"Alias {alias} of model {ModelName} points at version {current.Version} and has no previous version.");
            }

            return (current.Previous[^1], current.Previous.Take(current.Previous.Count - 1).ToList(), "rollback");
        }, cancellationToken);

    private async Task<AliasDocument> MoveAsync(
        string alias,
        string? runId,
        Func<AliasDocument?, (int Version, List<int> Previous, string Action)?> decide,
        CancellationToken cancellationToken)
    {
        var key = RegistryKeys.Alias(ModelName, CheckAlias(alias));
        for (var attempt = 0; attempt < _maxAttempts; attempt++)
        {
            var current = await _store.GetJsonAsync(key, RegistryJsonContext.Default.AliasDocument, cancellationToken);
            var move = decide(current?.Value);
            if (move is null)
            {
                return current!.Value.Value;
            }

            var now = _time.GetUtcNow();
            var (version, previous, action) = move.Value;
            var history = (current?.Value.History ?? []).Append(new AliasMove
            {
                Action = action,
                Version = version,
                PreviousVersion = current?.Value.Version,
                RunId = runId,
                At = now,
            }).ToList();
            var next = new AliasDocument { Name = ModelName, Alias = alias, Version = version, UpdatedAt = now, Previous = previous, History = history };
            var condition = current is null ? PutOptions.CreateOnly : PutOptions.Matching(current.Value.ETag);
            try
            {
                await _store.PutJsonAsync(key, next, RegistryJsonContext.Default.AliasDocument, condition, cancellationToken);
                return next;
            }
            catch (PreconditionFailedException)
            {
                // The alias moved since it was read: decide again on the new state.
            }
        }

        throw new RegistryConflictException($"Could not move alias {alias} of model {ModelName} after {_maxAttempts} attempts.");
    }

    private static string CheckAlias(string alias) =>
        alias is { Length: > 0 and <= 64 } && alias.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            ? alias
            : throw new ArgumentException($"'{alias}' is not a valid alias name.", nameof(alias));
}

using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using MlOps.Functions.Predict;
using MlOps.Functions.Hosting;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Registry;

namespace MlOps.Functions.SmokeTest;

/// <summary>
/// Checks what production serves right after a deployment: the alias points at the version this run deployed, the
/// version is ready, its artifact's SHA-256 matches the registry (and the envelope), and the artifact is a readable
/// model package, and — when the run has curated data — a few test-split rows, sent as the raw JSON records Predict
/// receives, pass the model's contract and score to probabilities through Predict's own loader and scorer.
/// Any failed check is <c>MlOps.SmokeTestFailed</c> naming it, which the state machine answers with Rollback.
/// </summary>
internal sealed class SmokeTestFunction(FunctionServices services)
{
    private const int SampleRows = 5;
    private readonly ModelLoader _models = new();

    /// <summary>The SAM handler string.</summary>
    public static readonly string Handler = HandlerNames.Of("SmokeTest");

    /// <summary>Runs the checks and returns the envelope with <c>smokeTest</c> filled.</summary>
    public async Task<PipelineEnvelope> HandleAsync(PipelineEnvelope envelope, ILambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(context);
        envelope.RequireRun();
        var registry = RegistryAccess.Open(services, envelope);
        var checks = new List<string>();

        var alias = await registry.GetAliasAsync(ModelRegistry.Production, cancellationToken)
            ?? throw new SmokeTestFailedException($"Model {registry.ModelName} has no production alias.");
        if (envelope.Deployment is { } deployment && deployment.Version != alias.Version)
        {
            throw new SmokeTestFailedException(
                $"Production points at version {alias.Version}, not version {deployment.Version} this run deployed.");
        }

        checks.Add($"production alias points at version {alias.Version}");
        ModelVersion version;
        try
        {
            version = await registry.GetReadyVersionAsync(alias.Version, cancellationToken);
        }
        catch (ModelVersionNotFoundException ex)
        {
            throw new SmokeTestFailedException($"Production version {alias.Version} is not usable: {ex.Message}", ex);
        }

        var bytes = await ReadArtifactAsync(registry, version, cancellationToken);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (sha256 != version.ArtifactSha256 || (envelope.Model is { } model && model.Version == version.Version && model.ArtifactSha256 != sha256))
        {
            throw new SmokeTestFailedException(
                $"{version.ArtifactUri} has SHA-256 {sha256}, the registry records {version.ArtifactSha256}.",
                new ArtifactIntegrityFailureException($"SHA-256 mismatch for {version.ArtifactUri}."));
        }

        checks.Add($"artifact SHA-256 {sha256} matches the registry");
        checks.Add($"artifact is a model package with {CountEntries(bytes, version.ArtifactUri)} entries");
        var predictions = await ScoreSampleAsync(envelope, registry, version, checks, cancellationToken);
        context.Logger.LogInformation($"SmokeTest: {registry.ModelName} version {version.Version} passed: {string.Join("; ", checks)}.");
        return envelope with
        {
            SmokeTest = new SmokeTestSection { Passed = true, Version = version.Version, ArtifactSha256 = sha256, Checks = checks, Predictions = predictions },
        };
    }

    private async Task<JsonElement?> ScoreSampleAsync(
        PipelineEnvelope envelope, ModelRegistry registry, ModelVersion version, List<string> checks, CancellationToken cancellationToken)
    {
        (int[] Rows, bool[] Labels, JsonDocument Records)? sample;
        try
        {
            sample = await TestSplitSample.LoadAsync(services.Stores, envelope, SampleRows, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever keeps the smoke test from reading its rows (missing manifest, unreadable Parquet) fails it.
            throw new SmokeTestFailedException($"The run's curated test split cannot be read for scoring: {ex.Message}", ex);
        }

        if (sample is not { } rows)
        {
            checks.Add("no curated test split in the envelope: scoring skipped");
            return null;
        }

        using var records = rows.Records;
        LoadedModel model;
        try
        {
            model = await _models.VersionAsync(registry, version.Version, cancellationToken);
        }
        catch (ArtifactIntegrityFailureException ex)
        {
            throw new SmokeTestFailedException($"Production version {version.Version} cannot be loaded for scoring: {ex.Message}", ex);
        }

        var instances = records.RootElement.EnumerateArray().ToList();
        var (problems, probabilities) = InstanceScorer.Score(model, instances);
        if (problems.Count > 0)
        {
            throw new SmokeTestFailedException(
                "Test-split rows fail the model's own contract: " + string.Join("; ", problems.Take(5).Select(p => $"row {p.Instance} {p.Field}: {p.Reason}")));
        }

        if (probabilities.Length == 0 || probabilities.Any(p => !float.IsFinite(p) || p < 0 || p > 1))
        {
            throw new SmokeTestFailedException(
                $"Scoring {instances.Count} test-split rows gave probabilities outside [0, 1]: {string.Join(", ", probabilities)}.");
        }

        checks.Add($"{instances.Count} test-split rows scored through Predict's scorer");
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < probabilities.Length; i++)
            {
                writer.WriteStartObject();
                writer.WriteNumber("row", rows.Rows[i]);
                writer.WriteNumber("probability", Math.Round(probabilities[i], 6));
                writer.WriteString("label", InstanceScorer.Label(model, probabilities[i]));
                writer.WriteBoolean("actualPositive", rows.Labels[i]);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static async Task<byte[]> ReadArtifactAsync(ModelRegistry registry, ModelVersion version, CancellationToken cancellationToken)
    {
        try
        {
            return (await registry.Store.ReadAsync(version.ArtifactUri, cancellationToken)).Bytes.ToArray();
        }
        catch (ObjectNotFoundException ex)
        {
            throw new SmokeTestFailedException($"The artifact {version.ArtifactUri} of production version {version.Version} is missing.", ex);
        }
    }

    private static int CountEntries(byte[] bytes, string uri)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return zip.Entries.Count > 0
                ? zip.Entries.Count
                : throw new SmokeTestFailedException($"The artifact {uri} is an empty zip archive.");
        }
        catch (InvalidDataException ex)
        {
            throw new SmokeTestFailedException($"The artifact {uri} is not a zip archive: {ex.Message}", ex);
        }
    }
}

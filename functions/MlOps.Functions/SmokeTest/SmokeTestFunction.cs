using System.IO.Compression;
using System.Security.Cryptography;
using MlOps.Functions.Hosting;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Registry;

namespace MlOps.Functions.SmokeTest;

/// <summary>
/// Checks what production serves right after a deployment: the alias points at the version this run deployed, the
/// version is ready, its artifact's SHA-256 matches the registry (and the envelope), and the artifact is a readable
/// model package. Any failed check is <c>MlOps.SmokeTestFailed</c> naming it, which the state machine answers with Rollback.
/// </summary>
internal sealed class SmokeTestFunction(FunctionServices services)
{
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
        // TODO(pipeline-ml merge): score a few test-split rows through the serving scorer Predict uses.
        context.Logger.LogInformation($"SmokeTest: {registry.ModelName} version {version.Version} passed: {string.Join("; ", checks)}.");
        return envelope with
        {
            SmokeTest = new SmokeTestSection { Passed = true, Version = version.Version, ArtifactSha256 = sha256, Checks = checks },
        };
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

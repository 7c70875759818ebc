using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MlOps.Lambda.Runtime.Hosting;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Tests.Support;

/// <summary>
/// A temp local cloud for the core functions: buckets under a temp folder, the handler table from
/// <see cref="FunctionRegistry.Create"/>, in-process invocation of the raw delegates with a recording context.
/// </summary>
internal sealed class CoreHarness : IDisposable
{
    public const string Bucket = "mlops-data";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "mlops-core-" + Guid.NewGuid().ToString("N"));

    public CoreHarness(IDictionary<string, string>? extraEnvironment = null)
    {
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["MLOPS_LOCAL_BUCKETS_DIR"] = _dir,
            ["DATA_BUCKET"] = Bucket,
            ["MLOPS_CODE_VERSION"] = "test-1.2.3",
        };
        foreach (var (key, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            Environment[key] = value;
        }

        Registry = FunctionRegistry.Create(Environment);
        Store = new LocalFolderObjectStore(_dir, Bucket);
    }

    public Dictionary<string, string> Environment { get; }

    public HandlerRegistry Registry { get; }

    public LocalFolderObjectStore Store { get; }

    public RecordingLambdaContext Context { get; } = new();

    public static string Handler(string function) => $"MlOps.Functions::MlOps.Functions.{function}.{function}Function::HandleAsync";

    public async Task<byte[]> InvokeRawAsync(string function, byte[] payload)
    {
        Assert.True(Registry.TryGet(Handler(function), out var handler), $"{function} is not registered");
        return await handler(payload, Context, CancellationToken.None);
    }

    public Task<PipelineEnvelope> InvokeAsync(string function, string json) => InvokeAsync(function, Encoding.UTF8.GetBytes(json));

    public async Task<PipelineEnvelope> InvokeAsync(string function, byte[] payload) =>
        // Parsing the output again proves every function returns a schema-valid envelope.
        EnvelopeSerializer.Parse(await InvokeRawAsync(function, payload));

    public Task<PipelineEnvelope> InvokeAsync(string function, PipelineEnvelope envelope) =>
        InvokeAsync(function, EnvelopeSerializer.Serialize(envelope));

    /// <summary>Uploads a small CSV and runs Prepare on a plain input for it.</summary>
    public async Task<PipelineEnvelope> PreparedRunAsync(string key = "raw/customers.csv", string content = "customer_id,age\nc1,42\n")
    {
        await Store.PutBytesAsync(key, Encoding.UTF8.GetBytes(content));
        var input = new JsonObject { ["bucket"] = Bucket, ["key"] = key };
        return await InvokeAsync("Prepare", input.ToJsonString());
    }

    /// <summary>A trained-model stand-in: a real zip archive, uploaded where Train would put it; returns (key, sha256).</summary>
    public async Task<(string Key, string Sha256)> UploadArtifactAsync(string runId, string trainer = "LightGbm", string? content = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("model.bin");
            await using var stream = entry.Open();
            await stream.WriteAsync(Encoding.UTF8.GetBytes(content ?? $"weights of {runId} {trainer}"));
        }

        var key = $"artifacts/{runId}/{trainer}/model.zip";
        await Store.PutBytesAsync(key, buffer.ToArray());
        return (key, Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray())));
    }

    /// <summary>Prepare + a trained, evaluated, gated candidate: the envelope Register receives.</summary>
    public async Task<PipelineEnvelope> GatedRunAsync(string key = "raw/customers.csv", string content = "customer_id,age\nc1,42\n", bool passed = true)
    {
        var prepared = await PreparedRunAsync(key, content);
        var (artifactKey, sha) = await UploadArtifactAsync(prepared.Run!.RunId);
        return prepared with
        {
            Dataset = new DatasetSection { Sha256 = new string('d', 64), TransformHash = "transform-1", Rows = 1 },
            Training = new TrainingSection
            {
                Trainer = "LightGbm",
                Hyperparameters = new Dictionary<string, double> { ["numberOfLeaves"] = 31 },
                ArtifactUri = $"s3://{Bucket}/{artifactKey}",
                ArtifactSha256 = sha,
            },
            Evaluation = new EvaluationSection { RocAuc = 0.81, PrAuc = 0.45, Accuracy = 0.9, F1 = 0.5, LiftTopDecile = 3.1 },
            Gate = new GateSection { Passed = passed, Decision = passed ? "promote" : "reject", Reasons = [passed ? "rocAuc 0.81 >= 0.70" : "rocAuc 0.61 < 0.70"] },
        };
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}

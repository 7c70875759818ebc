using System.Text;
using MlOps.Lambda.Runtime.Hosting;
using MlOps.Pipeline.Config;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Tests.Support;

/// <summary>A temporary buckets folder, the function registry over it, and helpers to invoke handlers in-process.</summary>
internal sealed class MlHarness : IDisposable
{
    public const string Bucket = "data";

    public MlHarness()
    {
        Directory = Path.Combine(Path.GetTempPath(), "mlops-ml-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, Bucket));
        Environment = new Dictionary<string, string>
        {
            ["MLOPS_LOCAL_BUCKETS_DIR"] = Directory,
            ["DATA_BUCKET"] = Bucket,
            ["MODEL_NAME"] = "customer-propensity",
        };
        Registry = FunctionRegistry.Create(Environment);
        Store = new LocalFolderObjectStore(Directory, Bucket);
    }

    public string Directory { get; }

    public Dictionary<string, string> Environment { get; }

    public HandlerRegistry Registry { get; }

    public IObjectStore Store { get; }

    public TestLambdaContext Context { get; } = new();

    public static string Handler(string name) => $"MlOps.Functions::MlOps.Functions.{name}.{name}Function::HandleAsync";

    public async Task PutFileAsync(string key, string path) => await Store.PutBytesAsync(key, await File.ReadAllBytesAsync(path));

    public async Task PutTextAsync(string key, string text) => await Store.PutBytesAsync(key, Encoding.UTF8.GetBytes(text));

    public static PipelineEnvelope NewEnvelope(string key, PipelineConfig? config = null, string runId = "run-1", int seed = 42) => new()
    {
        Run = new RunSection
        {
            RunId = runId,
            Pipeline = "training",
            Trigger = new TriggerInfo { Source = "s3", Bucket = Bucket, Key = key },
            Seed = seed,
            StartedAt = new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero),
            CodeVersion = "test",
        },
        Config = config ?? PipelineConfigLoader.Default,
    };

    public async Task<byte[]> InvokeRawAsync(string function, byte[] payload)
    {
        Assert.True(Registry.TryGet(Handler(function), out var handler), $"{function} is not registered");
        return await handler(payload, Context, CancellationToken.None);
    }

    public async Task<PipelineEnvelope> InvokeAsync(string function, PipelineEnvelope envelope) =>
        EnvelopeSerializer.Parse(await InvokeRawAsync(function, EnvelopeSerializer.Serialize(envelope)));

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless; the test result stands
        }
    }
}

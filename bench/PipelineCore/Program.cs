// Pipeline-core benchmark: envelope validation (ours vs NJsonSchema, the pinned peer) and the object store and registry
// operations every function pays. Prints figures and ratios; run with `dotnet run -c Release --project bench/PipelineCore`.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Registry;
using MlOps.Pipeline.Storage;
using PipelineCore;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var envelope = Samples.Envelope();
var json = Encoding.UTF8.GetString(EnvelopeSerializer.Serialize(envelope));
Console.WriteLine($"# Pipeline core benchmark ({Environment.ProcessorCount} cores, .NET {Environment.Version})");
Console.WriteLine($"Envelope under test: {json.Length} bytes (run, config with {envelope.Config!.DataContract.Columns.Count} contract columns, dataset, training, evaluation, gate, model).");
Console.WriteLine();

// 1. Validation: ours vs NJsonSchema on the same schema and document.
// NJsonSchema 11.6.2 does not resolve draft 2020-12 "$defs" references (it throws "has not been resolved"), so the
// peer gets the same schema with "$defs" spelled as draft-07 "definitions".
var peerSchema = await NJsonSchema.JsonSchema.FromJsonAsync(EnvelopeSchema.Text.Replace("$defs", "definitions", StringComparison.Ordinal));
using var document = JsonDocument.Parse(json);
var ours = Measure.OpsPerSecond(() => EnvelopeSchema.Validator.Validate(document.RootElement).Count);
var oursFromBytes = Measure.OpsPerSecond(() => EnvelopeSerializer.Parse(Encoding.UTF8.GetBytes(json)).Run!.Seed);
var peer = Measure.OpsPerSecond(() => peerSchema.Validate(json).Count);
Console.WriteLine("## Envelope validation (one core)");
Console.WriteLine("| validator | ops/s | µs/op |");
Console.WriteLine("|---|---:|---:|");
Console.WriteLine($"| ours: SchemaValidator on a parsed document | {ours:N0} | {1e6 / ours:N1} |");
Console.WriteLine($"| ours: bytes → parse + validate + deserialize (what every function does) | {oursFromBytes:N0} | {1e6 / oursFromBytes:N1} |");
Console.WriteLine($"| NJsonSchema 11.6.2: Validate(json text) | {peer:N0} | {1e6 / peer:N1} |");
Console.WriteLine($"Ratio validate-only ours/NJsonSchema: {ours / peer:N1}x");
Console.WriteLine();

Console.WriteLine("## Verdict parity on hostile envelopes (both must reject)");
Console.WriteLine("| case | ours | NJsonSchema |");
Console.WriteLine("|---|---|---|");
var agree = 0;
foreach (var (name, bad) in Samples.BadEnvelopes(json))
{
    using var badDoc = JsonDocument.Parse(bad);
    var ourErrors = EnvelopeSchema.Validator.Validate(badDoc.RootElement);
    var peerErrors = peerSchema.Validate(bad);
    agree += (ourErrors.Count > 0) == (peerErrors.Count > 0) ? 1 : 0;
    var first = ourErrors.Count > 0 ? ourErrors[0].ToString() : "accepted";
    var peerFirst = peerErrors.Count > 0 ? $"{peerErrors.First().Kind} at {peerErrors.First().Path}" : "accepted";
    Console.WriteLine($"| {name} | {first} | {peerFirst} |");
}

Console.WriteLine($"Agreement: {agree}/{Samples.BadEnvelopes(json).Count()}");
Console.WriteLine();

// 2. Object store and registry (local folder store, the local cloud's).
var dir = Path.Combine(Path.GetTempPath(), "mlops-bench-core-" + Guid.NewGuid().ToString("N"));
try
{
    var store = new LocalFolderObjectStore(dir, "bench");
    var small = Encoding.UTF8.GetBytes(json);
    var n = 0;
    var put = Measure.OpsPerSecond(() => store.PutBytesAsync($"bench/{n++ % 64}.json", small).GetAwaiter().GetResult().ETag.Length, seconds: 1);
    var get = Measure.OpsPerSecond(() => store.ReadAllBytesAsync($"bench/{n++ % 64}.json").GetAwaiter().GetResult().Length, seconds: 1);
    var c = 0;
    var create = Measure.OpsPerSecond(() => store.PutBytesAsync($"claims/{c++}.json", small, PutOptions.CreateOnly).GetAwaiter().GetResult().ETag.Length, seconds: 1);
    Console.WriteLine("## Local folder object store");
    Console.WriteLine("| operation | ops/s |");
    Console.WriteLine("|---|---:|");
    Console.WriteLine($"| PUT {small.Length} B (temp + fsync + locked rename) | {put:N0} |");
    Console.WriteLine($"| GET {small.Length} B | {get:N0} |");
    Console.WriteLine($"| create-only PUT (If-None-Match: *) | {create:N0} |");
    Console.WriteLine();

    var artifact = new byte[256 * 1024];
    new Random(42).NextBytes(artifact);
    await store.PutBytesAsync("artifact/model.zip", artifact);
    var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(artifact));
    RegistrationRequest Request(int i) => new()
    {
        SourceArtifactKey = "artifact/model.zip",
        ExpectedSha256 = sha,
        Lineage = new ModelLineage { RunId = $"run-{i}" },
        ApprovalStatus = ApprovalStatus.Approved,
    };
    var sequential = Stopwatch.StartNew();
    var registry = new ModelRegistry(store, "sequential");
    for (var i = 0; i < 20; i++)
    {
        await registry.RegisterAsync(Request(i));
    }

    sequential.Stop();
    var concurrent = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => new ModelRegistry(new LocalFolderObjectStore(dir, "bench"), "raced").RegisterAsync(Request(i)))));
    concurrent.Stop();
    var versions = await new ModelRegistry(store, "raced").ListVersionsAsync();
    Console.WriteLine("## Registry (256 KB artifact, local store)");
    Console.WriteLine($"- sequential Register: {sequential.Elapsed.TotalMilliseconds / 20:N1} ms per version (20 versions)");
    Console.WriteLine($"- 8 concurrent Registers: {concurrent.Elapsed.TotalMilliseconds:N0} ms in all; versions {string.Join(",", versions.Select(v => v.Version))}, all Ready: {versions.All(v => v.State == VersionState.Ready)}");
}
finally
{
    Directory.Delete(dir, recursive: true);
}

// bench/Serving: raw JSON record (UTF-8 bytes) → probability, in-process, one thread, warm — the Predict hot path
// (parse, encode, PredictionEngine) — beside scikit-learn one record at a time on the same data.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlOps.Pipeline.Data;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Modeling;
using MlOps.Pipeline.Serving;

var root = FindRoot();
var csv = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "bank-marketing", "bank-additional-full.csv"));
if (!File.Exists(csv))
{
    Console.WriteLine($"skipped: {csv} is absent");
    return 0;
}

var config = EnvelopeSerializer.ParseConfig(File.ReadAllBytes(Path.Combine(root, "samples", "configs", "bank-marketing.json")), "bank-marketing.json");
var contract = ContractMapper.From(config);
var features = ContractMapper.Features(config);
FeatureTable table;
using (var stream = File.OpenRead(csv))
{
    table = FeatureTableReader.Read(stream, contract, config.Target, features);
}

// Raw records as a client sends them: JSON objects, numbers for numeric features, strings for categories.
var records = Enumerable.Range(0, 4096).Select(i =>
{
    var obj = new JsonObject();
    foreach (var (name, values) in table.Numerics)
    {
        obj[name] = values[i];
    }

    foreach (var (name, values) in table.Categoricals)
    {
        obj[name] = values[i];
    }

    return JsonSerializer.SerializeToUtf8Bytes(obj);
}).ToArray();

var encoding = FeatureEncoding.Fit(table, features);
var x = encoding.Encode(table);
var specs = new (string Name, TrainerSpec Spec)[]
{
    ("LightGbm 200 iterations, 31 leaves (bank config)", new("lightgbm", new Dictionary<string, double> { ["numberOfIterations"] = 200, ["numberOfLeaves"] = 31, ["learningRate"] = 0.05, ["minimumExampleCountPerLeaf"] = 20 })),
    ("FastTree 200 trees, 31 leaves", new("fasttree", new Dictionary<string, double> { ["numberOfTrees"] = 200, ["numberOfLeaves"] = 31, ["learningRate"] = 0.05, ["minimumExampleCountPerLeaf"] = 20 })),
    ("FastTree 100 trees, 20 leaves", new("fasttree", new Dictionary<string, double>())),
    ("LBFGS logistic regression", new("lbfgs", new Dictionary<string, double>())),
};

double? ours = null;
foreach (var (name, spec) in specs)
{
    var artifact = ModelArtifact.Load(ModelTrainer.Train(x, table.Labels, encoding, spec, 42).Zip);
    using var scorer = new FastScorer(artifact);
    double Run(int n)
    {
        var sum = 0.0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < n; i++)
        {
            using var doc = JsonDocument.Parse(records[i & 4095]);
            sum += scorer.Score(doc.RootElement);
        }

        var rate = n / watch.Elapsed.TotalSeconds;
        return sum > 0 ? rate : 0;
    }

    double RunUtf8(int n)
    {
        var sum = 0.0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < n; i++)
        {
            sum += scorer.Score(records[i & 4095].AsSpan());
        }

        var rate = n / watch.Elapsed.TotalSeconds;
        return sum > 0 ? rate : 0;
    }

    Run(50_000); // warm-up: tiered JIT, engine caches
    RunUtf8(50_000);
    var viaDocument = Enumerable.Range(0, 3).Select(_ => Run(200_000)).Max();
    var best = Enumerable.Range(0, 3).Select(_ => RunUtf8(200_000)).Max();
    ours ??= best;
    Console.WriteLine(FormattableString.Invariant($"ours\traw JSON bytes -> Utf8JsonReader encode -> {name}\t{best:0}\tpredictions/s ({1e6 / best:0.0} µs each)"));
    Console.WriteLine(FormattableString.Invariant($"ours\traw JSON bytes -> JsonDocument (Predict's path) -> {name}\t{viaDocument:0}\tpredictions/s ({1e6 / viaDocument:0.0} µs each)"));
}

using var probe = Process.Start(new ProcessStartInfo("/usr/bin/python3", ["-c", "import sklearn, pandas"]) { RedirectStandardError = true })!;
probe.WaitForExit();
if (probe.ExitCode != 0)
{
    Console.WriteLine("sklearn: not installed (apt-get install -y python3-sklearn python3-pandas) — side-by-side skipped");
    return 0;
}

var info = new ProcessStartInfo("/usr/bin/python3", [Path.Combine(AppContext.BaseDirectory, "sklearn_serving.py"), csv]) { RedirectStandardOutput = true };
info.Environment["OMP_NUM_THREADS"] = "1"; // one core, as ours; OpenMP threads only contend on a single record
using var sk = Process.Start(info)!;
foreach (var line in sk.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries))
{
    var parts = line.Split('\t');
    var theirs = double.Parse(parts[2], CultureInfo.InvariantCulture);
    Console.WriteLine(FormattableString.Invariant($"{line}\tpredictions/s\tratio ours(LightGbm)/theirs {ours / theirs:0.0}x"));
}

sk.WaitForExit();
return 0;

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MlOps.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("MlOps.sln not found");
}

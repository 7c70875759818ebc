// bench/ModelQuality: ROC AUC on bank-additional-full.csv (duration dropped) scored on the seed-42 test rows of
// ../shared/data/bank-marketing/splits, our trainers beside scikit-learn's. Settings are chosen on a validation split
// carved from the training rows; the test rows are only used for the final score of the chosen candidate.
using System.Diagnostics;
using System.Globalization;
using MlOps.Pipeline.Data;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Evaluation;
using MlOps.Pipeline.Modeling;

var root = FindRoot();
var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "bank-marketing"));
var csv = Path.Combine(shared, "bank-additional-full.csv");
var rowsFile = Path.Combine(shared, "splits", "bank-additional-full.seed42.test-rows.txt");
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

var testRows = File.ReadAllLines(rowsFile).Where(l => l.Length > 0).Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToHashSet();
var (train, validation, test) = StratifiedSplitter.SplitWithFixedTest(table, testRows, 0.2, 42);
var trainTable = table.Take(train);
var validationTable = table.Take(validation);
var fullTrain = table.Take([.. train, .. validation]);
var testTable = table.Take(test);
Console.WriteLine(FormattableString.Invariant($"rows {table.Count}: train {train.Length}, validation {validation.Length}, test {test.Length} (seed-42 rows)"));

var candidates = new List<TrainerSpec>
{
    new("fasttree", new Dictionary<string, double> { ["numberOfTrees"] = 200, ["numberOfLeaves"] = 31, ["learningRate"] = 0.05, ["minimumExampleCountPerLeaf"] = 20 }),
    new("fasttree", new Dictionary<string, double> { ["numberOfTrees"] = 100, ["numberOfLeaves"] = 20, ["learningRate"] = 0.2, ["minimumExampleCountPerLeaf"] = 10 }),
    new("fasttree", new Dictionary<string, double> { ["numberOfTrees"] = 300, ["numberOfLeaves"] = 15, ["learningRate"] = 0.05, ["minimumExampleCountPerLeaf"] = 50 }),
    new("lightgbm", new Dictionary<string, double> { ["numberOfIterations"] = 200, ["numberOfLeaves"] = 31, ["learningRate"] = 0.05, ["minimumExampleCountPerLeaf"] = 20 }),
    new("lbfgs", new Dictionary<string, double> { ["l2Regularization"] = 0.01 }),
    new("sdca", new Dictionary<string, double> { ["l2Regularization"] = 0.001, ["maximumNumberOfIterations"] = 100 }),
};

var encoding = FeatureEncoding.Fit(trainTable, features);
var xTrain = encoding.Encode(trainTable);
var xValidation = encoding.Encode(validationTable);
Console.WriteLine("candidate\tvalidation ROC AUC\tfit s");
var results = new List<(TrainerSpec Spec, double Auc)>();
foreach (var spec in candidates)
{
    var watch = Stopwatch.StartNew();
    var model = ModelTrainer.Train(xTrain, trainTable.Labels, encoding, spec, 42);
    var fit = watch.Elapsed.TotalSeconds;
    var auc = new RankedScores(ModelArtifact.Load(model.Zip).Score(xValidation), validationTable.Labels).Auc();
    results.Add((spec, auc));
    Console.WriteLine(FormattableString.Invariant($"{spec.CandidateId()} {Describe(spec)}\t{auc:0.0000}\t{fit:0.00}"));
}

var best = results.MaxBy(r => r.Auc);
var fullEncoding = FeatureEncoding.Fit(fullTrain, features);
var timer = Stopwatch.StartNew();
var chosen = ModelTrainer.Train(fullEncoding.Encode(fullTrain), fullTrain.Labels, fullEncoding, best.Spec, 42);
var refit = timer.Elapsed.TotalSeconds;
var scores = ModelArtifact.Load(chosen.Zip).Score(fullEncoding.Encode(testTable));
var metrics = MetricsCalculator.Compute(scores, testTable.Labels);
Console.WriteLine(FormattableString.Invariant(
    $"ours\t{Describe(best.Spec)} (chosen on validation, refit on all {fullTrain.Count} training rows)\t{metrics.RocAuc:0.0000}\t{refit:0.00}"));
Console.WriteLine(FormattableString.Invariant($"ours\tPR AUC {metrics.PrAuc:0.0000}, lift@10% {metrics.LiftTopDecile:0.00}, Brier {metrics.Brier:0.0000}"));

var python = "/usr/bin/python3";
var script = Path.Combine(AppContext.BaseDirectory, "sklearn_baseline.py");
using var probe = Process.Start(new ProcessStartInfo(python, ["-c", "import sklearn, pandas"]) { RedirectStandardError = true });
probe!.WaitForExit();
if (probe.ExitCode != 0)
{
    Console.WriteLine("sklearn: not installed (apt-get install -y python3-sklearn python3-pandas) — side-by-side skipped");
    return 0;
}

using var sk = Process.Start(new ProcessStartInfo(python, [script, csv, rowsFile]) { RedirectStandardOutput = true })!;
var lines = sk.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
sk.WaitForExit();
foreach (var line in lines)
{
    Console.WriteLine(line);
    var parts = line.Split('\t');
    var theirs = double.Parse(parts[2], CultureInfo.InvariantCulture);
    Console.WriteLine(FormattableString.Invariant($"ratio\tours/{parts[1]}\t{metrics.RocAuc / theirs:0.0000}\t(Δ {metrics.RocAuc - theirs:+0.0000;-0.0000})"));
}

return 0;

static string Describe(TrainerSpec spec) =>
    spec.Trainer + "(" + string.Join(", ", spec.Hyperparameters.Select(kv => FormattableString.Invariant($"{kv.Key}={kv.Value}"))) + ")";

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MlOps.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("MlOps.sln not found");
}

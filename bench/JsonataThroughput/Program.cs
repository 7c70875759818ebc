using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlOps.Jsonata;
using MlOps.Jsonata.Benchmarks;

// Evaluates a few realistic expressions over a ~1 MB document with MlOps.Jsonata and with the npm
// reference (jsonata@2.0.6, run by node in the same run), and prints throughput and ratios.
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3.0;
var here = AppContext.BaseDirectory;
var benchDir = FindBenchDir();
var work = Path.Combine(Path.GetTempPath(), "jsonata-throughput");
Directory.CreateDirectory(work);
var docJson = OrdersDocument.Build(targetBytes: 1_000_000);
var docPath = Path.Combine(work, "orders.json");
File.WriteAllText(docPath, docJson);
var exprPath = Path.Combine(work, "expressions.json");
File.WriteAllText(exprPath, JsonSerializer.Serialize(Workload.Expressions.Select(e => new { name = e.Name, expr = e.Expr })));
Console.WriteLine($"document: {docJson.Length / 1024.0:F0} KiB, {seconds:F1} s per expression and side");

var input = JsonataInput.FromJson(docJson);
var node = JsonNode.Parse(docJson);
var ours = new List<(string Name, double Ops, double OpsWithConversion, string Result)>();
foreach (var (name, expr) in Workload.Expressions)
{
    var compiled = JsonataExpression.Parse(expr);
    var result = compiled.EvaluateInput(input).ToJsonString() ?? "undefined";
    ours.Add((name, Measure(() => compiled.EvaluateInput(input), seconds), Measure(() => compiled.Evaluate(node), seconds / 2), result));
}

var reference = RunReference(Path.Combine(here, "reference.mjs"), docPath, exprPath, seconds, benchDir);
Console.WriteLine();
Console.WriteLine($"{"expression",-22} {"MlOps ops/s",12} {"+convert ops/s",15} {"jsonata-js ops/s",17} {"ratio",7} {"ratio+conv",11} same");
foreach (var (name, ops, opsConv, result) in ours)
{
    var r = reference?.FirstOrDefault(x => x.Name == name);
    var refOps = r?.OpsPerSec ?? double.NaN;
    var same = r is null ? "?" : SameJson(result, r.Result) ? "yes" : "NO";
    Console.WriteLine($"{name,-22} {ops,12:F1} {opsConv,15:F1} {refOps,17:F1} {ops / refOps,6:F1}x {opsConv / refOps,10:F1}x {same}");
}

static double Measure(Action action, double seconds)
{
    for (var i = 0; i < 3; i++)
    {
        action();
    }

    var sw = Stopwatch.StartNew();
    var ops = 0;
    while (sw.Elapsed.TotalSeconds < seconds)
    {
        action();
        ops++;
    }

    return ops / sw.Elapsed.TotalSeconds;
}

static bool SameJson(string a, string b) =>
    a == b || JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(b)) || a.Replace(".0,", ",", StringComparison.Ordinal) == b;

static List<ReferenceResult>? RunReference(string script, string doc, string exprs, double seconds, string benchDir)
{
    var modules = Path.Combine(benchDir, "node_modules");
    if (!Directory.Exists(Path.Combine(modules, "jsonata")))
    {
        Console.WriteLine($"jsonata-js not installed: run `npm install` in {benchDir} (reference column left empty)");
        return null;
    }

    var psi = new ProcessStartInfo("node", [script, doc, exprs, seconds.ToString(CultureInfo.InvariantCulture)])
    {
        RedirectStandardOutput = true,
        UseShellExecute = false,
    };
    psi.Environment["JSONATA_MODULE"] = Path.Combine(modules, "jsonata");
    using var p = Process.Start(psi)!;
    var output = p.StandardOutput.ReadToEnd();
    p.WaitForExit();
    return JsonSerializer.Deserialize<List<ReferenceResult>>(output, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
}

static string FindBenchDir()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "bench", "JsonataThroughput");
        if (File.Exists(Path.Combine(candidate, "package.json")))
        {
            return candidate;
        }
    }

    return Directory.GetCurrentDirectory();
}

internal sealed record ReferenceResult(string Name, double OpsPerSec, string Result);

// Cold start: process start → first response through the local Runtime API, per publish mode.
// Usage: ColdStart [--runs N] name=path[@handler] ...   (path: an executable or a .dll)
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MlOps.Local.Lambda.Invocation;
using MlOps.Local.Lambda.Processes;
using MlOps.Local.Lambda.RuntimeApi;

var runs = 15;
var variants = new List<(string Name, string Path, string Handler)>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--runs")
    {
        runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
        continue;
    }

    var (name, rest) = (args[i][..args[i].IndexOf('=', StringComparison.Ordinal)], args[i][(args[i].IndexOf('=', StringComparison.Ordinal) + 1)..]);
    var at = rest.LastIndexOf('@');
    variants.Add(at < 0 ? (name, rest, "Trivial::Echo") : (name, rest[..at], rest[(at + 1)..]));
}

if (variants.Count == 0)
{
    Console.Error.WriteLine("usage: ColdStart [--runs N] name=path[@handler] ...");
    return 2;
}

await using var server = await LocalRuntimeApiServer.StartAsync();
var payload = Encoding.UTF8.GetBytes("{\"ping\":1}");
var results = new List<(string Name, double Median, double P90, double Min, double Warm)>();
foreach (var (name, path, handler) in variants)
{
    if (!File.Exists(path))
    {
        Console.WriteLine($"{name,-16} skipped: {path} was not built");
        continue;
    }

    var function = new LocalFunction
    {
        Name = name,
        Handler = handler,
        Timeout = TimeSpan.FromSeconds(30),
        Environment = new Dictionary<string, string> { ["MLOPS_DIAGNOSTIC_HANDLERS"] = "1" },
    };
    var cold = new List<double>();
    var warm = new List<double>();
    for (var run = 0; run <= runs; run++)
    {
        await using var invoker = new ProcessLambdaInvoker(server, BootstrapCommand.For(path), [function]);
        var watch = Stopwatch.StartNew();
        var result = await invoker.InvokeAsync(name, payload, CancellationToken.None);
        var coldMs = watch.Elapsed.TotalMilliseconds;
        if (result.FunctionError is not null)
        {
            Console.Error.WriteLine($"{name}: {Encoding.UTF8.GetString(result.Payload)}");
            return 1;
        }

        watch.Restart();
        await invoker.InvokeAsync(name, payload, CancellationToken.None);
        var warmMs = watch.Elapsed.TotalMilliseconds;
        if (run > 0)
        {
            // Run 0 warms the OS file cache and is not counted.
            cold.Add(coldMs);
            warm.Add(warmMs);
        }
    }

    cold.Sort();
    warm.Sort();
    results.Add((name, Percentile(cold, 0.5), Percentile(cold, 0.9), cold[0], Percentile(warm, 0.5)));
}

var baseline = results.Count > 0 ? results[0].Median : 1;
Console.WriteLine($"{"variant",-16} {"cold p50 ms",12} {"cold p90 ms",12} {"cold min ms",12} {"warm p50 ms",12} {"vs first",9}");
foreach (var r in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{r.Name,-16} {r.Median,12:F1} {r.P90,12:F1} {r.Min,12:F1} {r.Warm,12:F2} {r.Median / baseline,8:F2}x"));
}

return 0;

static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];

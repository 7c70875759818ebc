// End-to-end benchmark: `mlops run` as a real process, from process start to the deployed model, on a fresh
// state directory each time. The bank case is exactly the issue's command, `mlops run --data <bank file>` with no
// --config (the run picks samples/configs/bank-marketing.json from the file's header). Side by side on the sample:
// functions in-process (the default) and as real processes behind the local Runtime API (`--process`, what
// `sam local` does with containers). Usage:
//   ./mlops --help && dotnet run -c Release --project bench/EndToEnd -- [runs] [bank]
// (`./mlops --help` publishes the ReadyToRun CLI to artifacts/mlops, which is what `./mlops run` executes;
// a second argument `bank` runs the bank case only.)
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var bankOnly = args.Length > 1 && args[1] == "bank";
var root = FindRoot();
var cli = Path.Combine(root, "artifacts", "mlops", "MlOps.Cli.dll");
if (!File.Exists(cli))
{
    Console.Error.WriteLine($"publish the CLI first (./mlops --help): {cli} is missing");
    return 1;
}

var bank = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "bank-marketing", "bank-additional-full.csv"));
var cases = new List<(string Name, string[] Args)>();
if (File.Exists(bank))
{
    cases.Add(("bank-additional-full.csv (41k rows), no --config", ["--data", bank]));
}

if (!bankOnly)
{
    cases.Add(("sample customers.csv, in-process", []));
    cases.Add(("sample customers.csv, --process", ["--process"]));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"mlops run, process start -> deployed, {runs} runs each, {Environment.ProcessorCount} cores, load {LoadAverage()}"));
var medians = new Dictionary<string, double>();
foreach (var (name, extra) in cases)
{
    var times = new List<double>();
    JsonNode? last = null;
    var states = new Dictionary<string, List<double>>(StringComparer.Ordinal);
    for (var i = 0; i < runs; i++)
    {
        var home = Directory.CreateTempSubdirectory("mlops-bench-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            var (code, output, error) = await RunCliAsync(root, cli, ["run", "--json", "--home", home, .. extra]);
            clock.Stop();
            last = JsonNode.Parse(output);
            if (code != 0 || last?["status"]?.ToString() != "SUCCEEDED")
            {
                Console.Error.WriteLine($"{name}: run failed ({code}): {error} {output}");
                return 1;
            }

            times.Add(clock.Elapsed.TotalMilliseconds);
            var (_, history, _) = await RunCliAsync(root, cli, ["executions", "history", last!["executionArn"]!.ToString(), "--home", home]);
            foreach (var (state, ms) in StateDurations(JsonNode.Parse(history)!["events"]!.AsArray()))
            {
                (states.TryGetValue(state, out var list) ? list : states[state] = []).Add(ms);
            }
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    times.Sort();
    var median = times[times.Count / 2];
    medians[name] = median;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-50} median {median,7:0} ms  min {times[0],7:0} ms  max {times[^1],7:0} ms  deployed v{last?["deployment"]?["version"]}  rocAuc {last?["evaluation"]?["rocAuc"]}  config {last?["config"]}"));
    Console.WriteLine("    state medians (ms): " + string.Join(", ", states.Where(kv => kv.Value.Average() >= 1).Select(kv =>
        string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value.Order().ElementAt(kv.Value.Count / 2):0}"))));
}

if (medians.TryGetValue("sample customers.csv, in-process", out var inProcess) && medians.TryGetValue("sample customers.csv, --process", out var processes))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio --process / in-process (sample): {processes / inProcess:0.00}x"));
}

return 0;

static async Task<(int Code, string Output, string Error)> RunCliAsync(string root, string cli, string[] arguments)
{
    var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
    foreach (var a in new[] { "exec", cli }.Concat(arguments))
    {
        info.ArgumentList.Add(a);
    }

    using var process = Process.Start(info)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var error = process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    return (process.ExitCode, await output, await error);
}

// Per state name: entered -> exited in wall time (a Map's iterations add up under the iteration's state names).
static IEnumerable<(string State, double Ms)> StateDurations(JsonArray events)
{
    var open = new Dictionary<string, Stack<DateTimeOffset>>(StringComparer.Ordinal);
    var totals = new Dictionary<string, double>(StringComparer.Ordinal);
    foreach (var e in events)
    {
        var type = e!["type"]!.ToString();
        var details = e.AsObject().FirstOrDefault(kv => kv.Key.EndsWith("EventDetails", StringComparison.Ordinal)).Value;
        if (details?["name"]?.ToString() is not { } state)
        {
            continue;
        }

        var at = DateTimeOffset.Parse(e["timestamp"]!.ToString(), CultureInfo.InvariantCulture);
        if (type.EndsWith("StateEntered", StringComparison.Ordinal))
        {
            (open.TryGetValue(state, out var stack) ? stack : open[state] = new Stack<DateTimeOffset>()).Push(at);
        }
        else if (type.EndsWith("StateExited", StringComparison.Ordinal) && open.TryGetValue(state, out var stack) && stack.Count > 0)
        {
            totals[state] = totals.GetValueOrDefault(state) + (at - stack.Pop()).TotalMilliseconds;
        }
    }

    return totals.Select(kv => (kv.Key, kv.Value));
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "MlOps.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("MlOps.sln not found");
}

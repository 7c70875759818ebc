// End-to-end benchmark: `mlops run` as a real process, from process start to the deployed model, on a fresh
// state directory each time. Side by side: functions in-process (the default) and as real processes behind the
// local Runtime API (`--process`, what `sam local` does with containers). Usage:
//   dotnet run -c Release --project bench/EndToEnd -- [runs]   (after `./mlops --help` has built the Release CLI)
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var root = FindRoot();
var cli = Path.Combine(root, "artifacts", "bin", "MlOps.Cli", "release", "MlOps.Cli.dll");
if (!File.Exists(cli))
{
    Console.Error.WriteLine($"build the Release CLI first (./mlops --help): {cli} is missing");
    return 1;
}

var bank = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "bank-marketing", "bank-additional-full.csv"));
var cases = new List<(string Name, string[] Args)>
{
    ("sample customers.csv, in-process", []),
    ("sample customers.csv, --process", ["--process"]),
};
if (File.Exists(bank))
{
    cases.Insert(0, ("bank-additional-full.csv (41k rows), in-process", ["--data", bank, "--config", Path.Combine(root, "bench", "EndToEnd", "bank-marketing.config.json")]));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mlops run, process start -> deployed, {runs} runs each, {Environment.ProcessorCount} cores"));
var medians = new Dictionary<string, double>();
foreach (var (name, extra) in cases)
{
    var times = new List<double>();
    JsonNode? last = null;
    for (var i = 0; i < runs; i++)
    {
        var home = Directory.CreateTempSubdirectory("mlops-bench-").FullName;
        try
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
            foreach (var a in new[] { "exec", cli, "run", "--json", "--home", home }.Concat(extra))
            {
                info.ArgumentList.Add(a);
            }

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(info)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            clock.Stop();
            last = JsonNode.Parse(output);
            if (process.ExitCode != 0 || last?["status"]?.ToString() != "SUCCEEDED")
            {
                Console.Error.WriteLine($"{name}: run failed ({process.ExitCode}): {error} {output}");
                return 1;
            }

            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    times.Sort();
    var median = times[times.Count / 2];
    medians[name] = median;
    var steps = string.Join(", ", (last?["timingsMs"] as JsonObject ?? []).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value!.GetValue<double>():0}")));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-50} median {median,7:0} ms  min {times[0],7:0} ms  max {times[^1],7:0} ms  deployed v{last?["deployment"]?["version"]}  rocAuc {last?["evaluation"]?["rocAuc"]}"));
    Console.WriteLine($"    function timings (ms): {steps}");
}

if (medians.Count >= 2 && medians.TryGetValue("sample customers.csv, in-process", out var inProcess) && medians.TryGetValue("sample customers.csv, --process", out var processes))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio --process / in-process (sample): {processes / inProcess:0.00}x"));
}

return 0;

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

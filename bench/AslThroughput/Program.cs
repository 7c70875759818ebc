using System.Globalization;
using AslThroughput;

// Usage: AslThroughput [--sizes 1000,10000,100000] [--runs N]   runs both engines per size, N times each (interleaved,
//                                                              default 3), and prints the median of each side and the ratios
//        AslThroughput --ours <definition> <input>        (child mode) runs our engine once, prints one JSON line
//        ASL_WARMUP=1 in the child: one untimed run first, to separate JIT/cold cost from steady state
if (args.Length >= 3 && args[0] == "--ours")
{
    return await OurEngineRun.RunAsync(args[1], args[2]);
}

int[] sizes = [1_000, 10_000, 100_000];
var runs = 3;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--sizes":
            sizes = [.. args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
            break;
        case "--runs":
            runs = Math.Max(1, int.Parse(args[i + 1], CultureInfo.InvariantCulture));
            break;
        default:
            Console.Error.WriteLine("unknown option " + args[i]);
            return 2;
    }
}

var paths = BenchPaths.Locate();
if (paths is null)
{
    Console.Error.WriteLine("cannot find ../shared/bench/asl-throughput or .ci/node_modules/aws-local-stepfunctions (run `cd .ci && npm ci`)");
    return 2;
}

var definition = WorkloadDefinition.Prepare(paths.Value.WorkloadDir, out var note);
if (note is not null)
{
    Console.WriteLine("note: " + note);
}

var spreads = new List<string>();
Console.WriteLine("| items | ours ms | peer ms | ours transitions/s | peer transitions/s | speed ratio | ours peak MB | peer peak MB | memory ratio |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var n in sizes)
{
    var input = Path.Combine(Path.GetTempPath(), "asl-throughput-" + n.ToString(CultureInfo.InvariantCulture) + ".json");
    await File.WriteAllTextAsync(input, WorkloadDefinition.MakeInput(n));
    var self = Environment.ProcessPath!;
    var selfArgs = self.EndsWith("dotnet", StringComparison.Ordinal) ? [typeof(OurEngineRun).Assembly.Location] : Array.Empty<string>();
    // The VM's speed drifts over minutes: each side runs `runs` times, interleaved, and the medians are compared.
    var ourRuns = new List<(double Ms, double PeakMb, string Output)>();
    var peerRuns = new List<(double Ms, double PeakMb, string Output)>();
    for (var r = 0; r < runs; r++)
    {
        // Runtime settings of the child (none is a runtimeconfig knob): a 32 MB gen0 budget keeps GC pauses few and the
        // heap small, and hot methods are re-jitted at full speed at once instead of after the default 100 ms delay.
        ourRuns.Add(await ChildRun.RunAsync(self, [.. selfArgs, "--ours", definition, input], new Dictionary<string, string>
        {
            ["DOTNET_gcServer"] = "0",
            ["DOTNET_GCgen0size"] = "0x2000000",
            ["DOTNET_TC_CallCountingDelayMs"] = "0",
        }));
        peerRuns.Add(await ChildRun.RunAsync("node", [Path.Combine(paths.Value.WorkloadDir, "run-peer.mjs"), paths.Value.PeerDir, definition, input]));
    }

    var ours = Median(ourRuns);
    var peer = Median(peerRuns);
    var transitions = 2 + 3.0 * n;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {n} | {ours.Ms:F0} | {peer.Ms:F0} | {transitions / (ours.Ms / 1000):F0} | {transitions / (peer.Ms / 1000):F0} | {peer.Ms / ours.Ms:F1}x | {ours.PeakMb:F0} | {peer.PeakMb:F0} | {peer.PeakMb / ours.PeakMb:F1}x |"));
    if (ours.Output != peer.Output)
    {
        Console.WriteLine("  outputs differ: ours=" + Trim(ours.Output) + " peer=" + Trim(peer.Output));
    }

    if (runs > 1)
    {
        spreads.Add(string.Create(CultureInfo.InvariantCulture,
            $"{n} items, {runs} runs each: ours {string.Join(" / ", ourRuns.Select(o => o.Ms.ToString("F0", CultureInfo.InvariantCulture)))} ms, peer {string.Join(" / ", peerRuns.Select(o => o.Ms.ToString("F0", CultureInfo.InvariantCulture)))} ms"));
    }
}

foreach (var line in spreads)
{
    Console.WriteLine(line);
}

return 0;

static string Trim(string s) => s.Length > 200 ? s[..200] + "..." : s;

// The median time, the highest peak memory of the runs (the conservative figure for a memory target), and an output.
static (double Ms, double PeakMb, string Output) Median(List<(double Ms, double PeakMb, string Output)> runs) =>
    (runs.OrderBy(r => r.Ms).ElementAt(runs.Count / 2).Ms, runs.Max(r => r.PeakMb), runs[0].Output);


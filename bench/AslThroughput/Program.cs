using System.Globalization;
using AslThroughput;

// Usage: AslThroughput [--sizes 1000,10000,100000]      runs both engines per size and prints ratios
//        AslThroughput --ours <definition> <input>        (child mode) runs our engine once, prints one JSON line
//        ASL_WARMUP=1 in the child: one untimed run first, to separate JIT/cold cost from steady state
if (args.Length >= 3 && args[0] == "--ours")
{
    return await OurEngineRun.RunAsync(args[1], args[2]);
}

var sizes = args.Length >= 2 && args[0] == "--sizes"
    ? args[1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
    : [1_000, 10_000, 100_000];
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

Console.WriteLine("| items | ours ms | peer ms | ours transitions/s | peer transitions/s | speed ratio | ours peak MB | peer peak MB | memory ratio |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var n in sizes)
{
    var input = Path.Combine(Path.GetTempPath(), "asl-throughput-" + n.ToString(CultureInfo.InvariantCulture) + ".json");
    await File.WriteAllTextAsync(input, WorkloadDefinition.MakeInput(n));
    var self = Environment.ProcessPath!;
    var selfArgs = self.EndsWith("dotnet", StringComparison.Ordinal) ? [typeof(OurEngineRun).Assembly.Location] : Array.Empty<string>();
    // Runtime settings of the child (none is a runtimeconfig knob): a 32 MB gen0 budget keeps GC pauses few and the heap
    // small, and hot methods are re-jitted at full speed at once instead of after the default 100 ms delay.
    var ours = await ChildRun.RunAsync(self, [.. selfArgs, "--ours", definition, input], new Dictionary<string, string>
    {
        ["DOTNET_gcServer"] = "0",
        ["DOTNET_GCgen0size"] = "0x2000000",
        ["DOTNET_TC_CallCountingDelayMs"] = "0",
    });
    var peer = await ChildRun.RunAsync("node", [Path.Combine(paths.Value.WorkloadDir, "run-peer.mjs"), paths.Value.PeerDir, definition, input]);
    var transitions = 2 + 3.0 * n;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {n} | {ours.Ms:F0} | {peer.Ms:F0} | {transitions / (ours.Ms / 1000):F0} | {transitions / (peer.Ms / 1000):F0} | {peer.Ms / ours.Ms:F1}x | {ours.PeakMb:F0} | {peer.PeakMb:F0} | {peer.PeakMb / ours.PeakMb:F1}x |"));
    if (ours.Output != peer.Output)
    {
        Console.WriteLine("  outputs differ: ours=" + Trim(ours.Output) + " peer=" + Trim(peer.Output));
    }
}

return 0;

static string Trim(string s) => s.Length > 200 ? s[..200] + "..." : s;


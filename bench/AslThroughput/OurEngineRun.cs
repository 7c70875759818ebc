using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.StepFunctions;

namespace AslThroughput;

/// <summary>Child mode: runs the workload once through our engine and prints ms, peak memory and output.</summary>
internal static class OurEngineRun
{
    public static async Task<int> RunAsync(string definitionPath, string inputPath)
    {
        var definition = await File.ReadAllTextAsync(definitionPath);
        var inputText = await File.ReadAllTextAsync(inputPath);
        var watch = Stopwatch.StartNew();
        var engine = new StepFunctionsEngine(new EngineOptions { RecordHistory = false, VirtualTime = true, PayloadLimitBytes = 0 });
        var machine = engine.Load(definition, "Throughput");
        var parsed = JsonNode.Parse(inputText);
        var parseMs = watch.Elapsed.TotalMilliseconds;

        // Like the peer's timing (run-peer.mjs parses the input before starting its clock), only the run is timed.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var gcBefore = GC.CollectionCount(0);
        var gen2Before = GC.CollectionCount(2);
        var allocBefore = GC.GetTotalAllocatedBytes();
        var pauseBefore = GC.GetTotalPauseDuration();
        if (Environment.GetEnvironmentVariable("ASL_WARMUP") == "1")
        {
            var warm = Stopwatch.StartNew();
            await machine.RunAsync(JsonNode.Parse(inputText));
            Console.Error.WriteLine("warmup run ms: " + warm.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture));
            gcBefore = GC.CollectionCount(0);
            gen2Before = GC.CollectionCount(2);
            allocBefore = GC.GetTotalAllocatedBytes();
            pauseBefore = GC.GetTotalPauseDuration();
        }

        var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        var jitMethodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        var runWatch = Stopwatch.StartNew();
        var result = await machine.RunAsync(parsed);
        runWatch.Stop();
        var peakKb = 0L;
        foreach (var l in File.ReadLines("/proc/self/status"))
        {
            if (l.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peakKb = long.Parse(l[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        var line = new JsonObject
        {
            ["engine"] = "mlops",
            ["ms"] = runWatch.Elapsed.TotalMilliseconds,
            ["peakKb"] = peakKb,
            ["parseMs"] = parseMs,
            ["cpuMs"] = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds,
            ["gen0"] = GC.CollectionCount(0) - gcBefore,
            ["gen2"] = GC.CollectionCount(2) - gen2Before,
            ["allocMb"] = (GC.GetTotalAllocatedBytes() - allocBefore) / 1048576,
            ["pauseMs"] = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds,
            ["jitMs"] = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds,
            ["jitMethods"] = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethodsBefore,
            ["status"] = result.Status.ToString(),
            ["output"] = result.Output?.DeepClone() ?? new JsonObject { ["error"] = result.Error, ["cause"] = result.Cause },
        };
        Console.WriteLine(line.ToJsonString());
        return 0;
    }
}

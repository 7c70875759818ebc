using System.Diagnostics;

namespace PipelineCore;

/// <summary>Warm up, then count operations for a fixed time.</summary>
internal static class Measure
{
    public static double OpsPerSecond(Func<int> operation, double seconds = 2)
    {
        // Warm up for a fixed time (not a count) so tiered JIT has promoted the hot paths before measuring.
        var sink = 0;
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < Math.Min(1, seconds / 2))
        {
            sink += operation();
        }

        var watch = Stopwatch.StartNew();
        var count = 0L;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 20; i++)
            {
                sink += operation();
            }

            count += 20;
        }

        GC.KeepAlive(sink);
        return count / watch.Elapsed.TotalSeconds;
    }
}

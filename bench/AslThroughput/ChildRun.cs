using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace AslThroughput;

/// <summary>Runs one engine in a child process, sampling its peak RSS (VmHWM) until it exits.</summary>
internal static class ChildRun
{
    public static async Task<(double Ms, double PeakMb, string Output)> RunAsync(string file, string[] arguments,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + file);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peakKb = 0;
        while (!process.HasExited)
        {
            peakKb = Math.Max(peakKb, ReadHwmKb(process.Id));
            await Task.Delay(20);
        }

        await process.WaitForExitAsync();
        var line = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()
                   ?? throw new InvalidOperationException(file + " printed nothing: " + await stderr);
        var json = JsonNode.Parse(line)!;
        var reported = json["peakKb"]?.GetValue<long>() ?? 0;
        return (json["ms"]!.GetValue<double>(), Math.Max(peakKb, reported) / 1024.0, json["output"]?.ToJsonString() ?? "null");
    }

    private static long ReadHwmKb(int pid)
    {
        try
        {
            foreach (var l in File.ReadLines("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/status"))
            {
                if (l.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(l[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process exited between HasExited and the read; the last sample stands.
        }

        return 0;
    }
}

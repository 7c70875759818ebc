using System.Diagnostics;
using System.Text.Json.Nodes;

namespace MlOps.EndToEnd.Tests;

[Trait("Category", "E2E")]
public sealed class ProcessTests
{
    [Fact]
    public async Task MlopsProcess_RunJson_PrintsOneObjectAndExitsZero()
    {
        using var home = new TempHome();
        var cli = Path.Combine(AppContext.BaseDirectory, "MlOps.Cli.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Cli.Repo };
        foreach (var a in new[] { "exec", cli, "run", "--json", "--home", home.Path })
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, error + output);
        var run = JsonNode.Parse(output)!;
        Assert.Equal("SUCCEEDED", run["status"]!.ToString());
        Assert.Equal(1, run["model"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task MlopsProcess_BadFlag_OneLineOnStderrNonZeroExit()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "MlOps.Cli.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "exec", cli, "run", "--bogus" })
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.NotEqual(0, process.ExitCode);
        Assert.Single(error.Trim().Split('\n'));
    }
}

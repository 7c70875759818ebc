using System.Diagnostics;
using System.Text.Json.Nodes;

namespace MlOps.Local.Services.Tests.Api;

/// <summary>Runs <c>aws stepfunctions ...</c> against a local endpoint with throwaway credentials.</summary>
internal static class AwsCli
{
    public static string? Path { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
        .Select(dir => System.IO.Path.Combine(dir, "aws"))
        .FirstOrDefault(File.Exists);

    public static async Task<(int Code, JsonNode? Output, string Error)> StepFunctionsAsync(Uri endpoint, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "stepfunctions" }.Concat(arguments).Concat(["--endpoint-url", endpoint.ToString().TrimEnd('/'), "--output", "json"]))
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["AWS_ACCESS_KEY_ID"] = "local";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "local";
        start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output;
        return (process.ExitCode, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text), await error);
    }
}

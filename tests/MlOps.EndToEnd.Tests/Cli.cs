using System.Text.Json.Nodes;
using MlOps.Cli;
using MlOps.Testing;

namespace MlOps.EndToEnd.Tests;

/// <summary>Drives the real <c>mlops</c> command objects in-process on a given state directory.</summary>
internal static class Cli
{
    public static string Repo => RepoPaths.RequireRoot();

    public static string Sample(string name) => Path.Combine(Repo, "samples", "data", name);

    public static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static async Task<JsonObject> RunJsonAsync(string home, string data, params string[] extra)
    {
        var (_, output, error) = await RunAsync(["run", "--json", "--home", home, "--data", data, .. extra]);
        return JsonNode.Parse(output) as JsonObject ?? throw new InvalidOperationException($"no JSON from mlops run: {error}");
    }

    public static int? PredictedVersion(string invokeOutput)
    {
        var response = JsonNode.Parse(invokeOutput)!;
        var body = response["body"] is JsonValue b && b.TryGetValue<string>(out var text) ? JsonNode.Parse(text) : response;
        return body?["predictions"]?[0]?["modelVersion"]?.GetValue<int>();
    }
}

using System.Text.Json.Nodes;

namespace MlOps.Functions.Tests.Support;

/// <summary>Reads the shipped events under samples/events (found from the repo root).</summary>
internal static class SampleEvents
{
    public static JsonObject Load(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "samples", "events", name);
            if (File.Exists(Path.Combine(dir.FullName, "MlOps.sln")))
            {
                return JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            }
        }

        throw new InvalidOperationException("The repository root (MlOps.sln) was not found above the test's base directory.");
    }
}

using System.Text.Json.Nodes;
using MlOps.Local.Services.Executions;

namespace MlOps.Cli.Cloud;

/// <summary>The one JSON object <c>mlops run --json</c> prints (and the live view's last lines).</summary>
internal static class RunSummary
{
    public static JsonObject Build(ExecutionRecord record, JsonObject? envelope, string? report, bool duplicate, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new JsonObject
        {
            ["status"] = record.Status,
            ["executionArn"] = record.ExecutionArn,
            ["executionName"] = record.Name,
            ["duplicate"] = duplicate,
            ["error"] = record.Error,
            ["cause"] = record.Cause,
            ["model"] = new JsonObject
            {
                ["name"] = envelope?["model"]?["name"]?.DeepClone(),
                ["version"] = envelope?["model"]?["version"]?.DeepClone(),
                ["artifactSha256"] = envelope?["model"]?["artifactSha256"]?.DeepClone(),
            },
            ["evaluation"] = new JsonObject
            {
                ["rocAuc"] = envelope?["evaluation"]?["rocAuc"]?.DeepClone(),
                ["prAuc"] = envelope?["evaluation"]?["prAuc"]?.DeepClone(),
                ["accuracy"] = envelope?["evaluation"]?["accuracy"]?.DeepClone(),
                ["f1"] = envelope?["evaluation"]?["f1"]?.DeepClone(),
                ["liftTopDecile"] = envelope?["evaluation"]?["liftTopDecile"]?.DeepClone(),
            },
            ["gate"] = new JsonObject
            {
                ["passed"] = envelope?["gate"]?["passed"]?.DeepClone(),
                ["decision"] = envelope?["gate"]?["decision"]?.DeepClone(),
                ["reasons"] = envelope?["gate"]?["reasons"]?.DeepClone(),
            },
            ["deployment"] = new JsonObject
            {
                ["alias"] = envelope?["deployment"]?["alias"]?.DeepClone(),
                ["version"] = envelope?["deployment"]?["version"]?.DeepClone(),
                ["previousVersion"] = envelope?["deployment"]?["previousVersion"]?.DeepClone(),
            },
            ["cache"] = envelope?["cache"]?.DeepClone(),
            ["timingsMs"] = envelope?["timingsMs"]?.DeepClone(),
            ["report"] = report,
            ["elapsedMs"] = Math.Round(elapsed.TotalMilliseconds),
        };
    }
}

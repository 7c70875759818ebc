using System.Text;
using System.Text.Json.Nodes;
using MlOps.StepFunctions;
using MlOps.StepFunctions.Errors;

namespace AslThroughput;

/// <summary>The shared workload, or (while intrinsics are not merged) the same workload with its intrinsics replaced by paths.</summary>
internal static class WorkloadDefinition
{
    public static string Prepare(string workloadDir, out string? note)
    {
        var path = Path.Combine(workloadDir, "definition.json");
        var text = File.ReadAllText(path);
        try
        {
            new StepFunctionsEngine().Load(text);
            note = null;
            return path;
        }
        catch (AslValidationException ex) when (ex.Errors.Any(e => e.Message.Contains("intrinsic", StringComparison.Ordinal)))
        {
            note = "intrinsic functions are not available in this build; both engines run the workload with the intrinsics "
                   + "replaced by equivalent-cost paths/literals (label literal, tags from $.segment, no count).";
            var node = JsonNode.Parse(text)!;
            var shape = node["States"]!["Fan"]!["ItemProcessor"]!["States"]!["Shape"]!["Parameters"]!.AsObject();
            shape.Remove("label.$");
            shape["label"] = "customer-x";
            shape.Remove("tags.$");
            shape["tags.$"] = "$.segment";
            node["States"]!["Fan"]!["ResultSelector"] = new JsonObject { ["first.$"] = "$[0]" };
            var variant = Path.Combine(Path.GetTempPath(), "asl-throughput-variant.json");
            File.WriteAllText(variant, node.ToJsonString());
            return variant;
        }
    }

    public static string MakeInput(int n)
    {
        var sb = new StringBuilder("{\"items\":[");
        string[] segments = ["a", "b", "c"];
        for (var i = 0; i < n; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append("{\"id\":").Append(i).Append(",\"score\":").Append(i * 37 % 100)
              .Append(",\"segment\":\"").Append(segments[i % 3]).Append("\"}");
        }

        return sb.Append("]}").ToString();
    }
}

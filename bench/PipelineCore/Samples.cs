using System.Text.Json.Nodes;
using MlOps.Pipeline.Config;
using MlOps.Pipeline.Envelope;

namespace PipelineCore;

/// <summary>A realistic late-pipeline envelope and hostile variants of it.</summary>
internal static class Samples
{
    public static PipelineEnvelope Envelope() => new()
    {
        Run = new RunSection
        {
            RunId = "run-0123456789abcdef0123",
            Trigger = new TriggerInfo { Source = "s3", Bucket = "mlops-data", Key = "raw/customers.csv", Etag = "0123456789abcdef0123456789abcdef", SizeBytes = 412345 },
            Seed = 42,
            StartedAt = DateTimeOffset.UnixEpoch,
            CodeVersion = "1.0.0",
        },
        Config = PipelineConfigLoader.Default,
        Dataset = new DatasetSection { Uri = "s3://mlops-data/raw/customers.csv", Sha256 = new string('d', 64), Rows = 4000, TransformHash = "t1", Splits = new SplitUris { Train = "a", Test = "b", Validation = "c" } },
        Training = new TrainingSection { Trainer = "LightGbm", ArtifactUri = "models/x/model.zip", ArtifactSha256 = new string('a', 64), Hyperparameters = new Dictionary<string, double> { ["numberOfLeaves"] = 31 } },
        Evaluation = new EvaluationSection { RocAuc = 0.81, PrAuc = 0.45, Accuracy = 0.9, F1 = 0.5, LiftTopDecile = 3.2 },
        Gate = new GateSection { Passed = true, Decision = "promote", Reasons = ["rocAuc 0.81 >= 0.70"] },
        Model = new ModelSection { Name = "customer-propensity", Version = 3, Alias = "challenger", ArtifactUri = "models/customer-propensity/versions/3/model.zip", ArtifactSha256 = new string('a', 64), ApprovalStatus = "Approved" },
        TimingsMs = new Dictionary<string, double> { ["Prepare"] = 12.5, ["Validate"] = 80 },
    };

    public static IEnumerable<(string Name, string Json)> BadEnvelopes(string valid)
    {
        yield return ("runId is a number", Mutate(valid, n => n["run"]!["runId"] = 5));
        yield return ("trigger missing", Mutate(valid, n => n["run"]!.AsObject().Remove("trigger")));
        yield return ("model version 0", Mutate(valid, n => n["model"]!["version"] = 0));
        yield return ("sha256 not hex", Mutate(valid, n => n["model"]!["artifactSha256"] = "xyz"));
        yield return ("gate decision unknown", Mutate(valid, n => n["gate"]!["decision"] = "maybe"));
        yield return ("contract column type unknown", Mutate(valid, n => n["config"]!["dataContract"]!["columns"]![0]!["type"] = "float"));
        yield return ("unknown trainer", Mutate(valid, n => n["config"]!["trainer"] = "Xgb"));
        yield return ("timing is a string", Mutate(valid, n => n["timingsMs"]!["Prepare"] = "fast"));
        yield return ("rocAuc above 1", Mutate(valid, n => n["evaluation"]!["rocAuc"] = 1.5));
    }

    private static string Mutate(string json, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(json)!;
        change(node);
        return node.ToJsonString();
    }
}

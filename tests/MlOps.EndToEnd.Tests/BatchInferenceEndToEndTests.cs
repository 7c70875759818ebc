using System.Text.Json.Nodes;

namespace MlOps.EndToEnd.Tests;

/// <summary>BatchInference (Distributed Map over a CSV in the bucket → BatchPredict → ResultWriter) on the deployed sample model.</summary>
[Trait("Category", "E2E")]
public sealed class BatchInferenceEndToEndTests(SampleRunFixture sample) : IClassFixture<SampleRunFixture>
{
    [Fact]
    public async Task BatchInference_over_a_csv_in_the_bucket_scores_every_row_with_the_production_model()
    {
        Assert.Equal("SUCCEEDED", sample.First["status"]!.ToString());
        var bucket = Directory.GetDirectories(Path.Combine(sample.Home, "buckets")).Single(d => Directory.Exists(Path.Combine(d, "raw")));
        // The machine reads semicolon-separated files (like the bank data); every value arrives as a string.
        var lines = File.ReadLines(Cli.Sample("customers.csv")).Take(1501).Select(l => l.Replace(',', ';')).ToList();
        Directory.CreateDirectory(Path.Combine(bucket, "inference"));
        await File.WriteAllLinesAsync(Path.Combine(bucket, "inference", "customers.csv"), lines);
        var input = new JsonObject { ["bucket"] = Path.GetFileName(bucket), ["key"] = "inference/customers.csv" }.ToJsonString();

        var (code, output, error) = await Cli.RunAsync("start-execution", "BatchInference", "--home", sample.Home, "--input", input);

        Assert.True(code == 0, error + output);
        var described = JsonNode.Parse(output)!;
        Assert.Equal("SUCCEEDED", described["status"]!.ToString());
        var written = JsonNode.Parse(described["output"]!.ToString())!["ResultWriterDetails"]!;
        var manifestKey = written["Key"]!.ToString();
        var results = Directory.GetFiles(Path.Combine(bucket, Path.GetDirectoryName(manifestKey)!), "SUCCEEDED_*.json");
        var batches = results.SelectMany(f => JsonNode.Parse(File.ReadAllText(f))!.AsArray())
            .Select(child => JsonNode.Parse(child!["Output"]!.ToString())!).ToList();
        Assert.True(batches.Count >= 1);
        Assert.Equal(1500, batches.Sum(b => b["count"]!.GetValue<int>()));
        Assert.Equal(0, batches.Sum(b => b["failed"]!.GetValue<int>()));
        Assert.All(batches, b => Assert.Equal(1, b["modelVersion"]!.GetValue<int>()));
    }
}

using MlOps.Testing;

namespace MlOps.EndToEnd.Tests;

/// <summary>The whole app with its buckets on a real S3 server (s3rver) instead of folders: `run --s3-endpoint`.</summary>
[Trait("Category", "E2E")]
public sealed class S3EndpointEndToEndTests
{
    [S3rverFact]
    public async Task Run_with_an_s3_endpoint_keeps_every_object_there_and_models_reads_the_same_registry()
    {
        using var s3 = new S3rverProcess();
        using var home = new TempHome();
        var endpoint = s3.Endpoint.ToString();

        var run = await Cli.RunJsonAsync(home.Path, Cli.Sample("customers.csv"), "--s3-endpoint", endpoint);
        var (code, models, error) = await Cli.RunAsync("models", "list", "--home", home.Path, "--s3-endpoint", endpoint);

        Assert.True(run["status"]!.ToString() == "SUCCEEDED", run.ToJsonString());
        Assert.False(Directory.Exists(Path.Combine(home.Path, "buckets")), "objects were written to local folders");
        // The run created the template's bucket on the server and left the raw upload, curated data and the model there.
        var bucketDir = Directory.GetDirectories(s3.DataDirectory).Single(d => Path.GetFileName(d).StartsWith("mlops-data-", StringComparison.Ordinal));
        foreach (var prefix in new[] { "raw", "curated", "models", "runs" })
        {
            Assert.True(Directory.Exists(Path.Combine(bucketDir, prefix)), prefix + "/ is missing on the S3 server");
        }

        Assert.True(code == 0, error);
        Assert.Contains("v1", models, StringComparison.Ordinal);
        Assert.Contains("<- production", models, StringComparison.Ordinal);
    }
}

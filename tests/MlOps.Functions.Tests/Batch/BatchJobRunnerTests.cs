using System.Text;
using System.Text.Json.Nodes;
using MlOps.Functions.Batch;
using MlOps.Functions.Tests.Support;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Tests.Batch;

public sealed class BatchJobRunnerTests : IDisposable
{
    private readonly CoreHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private async Task<(int Code, string Out, string Err)> RunAsync(string function, IDictionary<string, string> extra)
    {
        var environment = new Dictionary<string, string>(_harness.Environment);
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await BatchJobRunner.RunAsync(CoreHarness.Handler(function), environment, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Batch_step_writes_the_function_result_to_the_output_key()
    {
        var uploaded = await _harness.Store.PutBytesAsync("raw/c.csv", Encoding.UTF8.GetBytes("customer_id,age\nc1,42\n"));
        var input = new JsonObject { ["bucket"] = CoreHarness.Bucket, ["key"] = "raw/c.csv" };

        var (code, _, err) = await RunAsync("Prepare", new Dictionary<string, string>
        {
            ["MLOPS_ENVELOPE"] = input.ToJsonString(),
            ["MLOPS_OUTPUT_KEY"] = "runs/r1/prepare.json",
        });

        Assert.True(code == 0, err);
        var written = JsonNode.Parse(await _harness.Store.ReadAllBytesAsync("runs/r1/prepare.json"))!;
        Assert.Equal("raw/c.csv", written["run"]!["trigger"]!["key"]!.GetValue<string>());
        Assert.Equal(uploaded.ETag, written["run"]!["trigger"]!["etag"]!.GetValue<string>());
    }

    [Fact]
    public async Task Batch_step_that_throws_exits_1_with_the_typed_error_and_writes_nothing()
    {
        var (code, _, err) = await RunAsync("Prepare", new Dictionary<string, string>
        {
            ["MLOPS_ENVELOPE"] = """{"unexpected":true}""",
            ["MLOPS_OUTPUT_KEY"] = "runs/r2/prepare.json",
        });

        Assert.Equal(1, code);
        Assert.Contains("\"errorType\":\"MlOps.InvalidEvent\"", err, StringComparison.Ordinal);
        Assert.Null(await _harness.Store.HeadAsync("runs/r2/prepare.json"));
    }

    [Theory]
    [InlineData("Prepare", null, "runs/x.json", "MLOPS_ENVELOPE")]
    [InlineData("Prepare", "{}", null, "MLOPS_OUTPUT_KEY")]
    [InlineData("NoSuchStep", "{}", "runs/x.json", "unknown handler")]
    public async Task Misconfigured_batch_job_exits_2_naming_the_problem(string function, string? envelope, string? outputKey, string expected)
    {
        var extra = new Dictionary<string, string>();
        if (envelope is not null)
        {
            extra["MLOPS_ENVELOPE"] = envelope;
        }

        if (outputKey is not null)
        {
            extra["MLOPS_OUTPUT_KEY"] = outputKey;
        }

        var (code, _, err) = await RunAsync(function, extra);

        Assert.Equal(2, code);
        Assert.Contains(expected, err, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using MlOps.Functions.Tests.Support;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Tests.FailureSummary;

public sealed class FailureSummaryFunctionTests : IDisposable
{
    private readonly CoreHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_caught_Lambda_error_becomes_a_failure_record_under_failures_runId()
    {
        var prepared = await _harness.PreparedRunAsync();
        var cause = "{\"errorMessage\":\"column age: 3 values below 18 (rows 4, 9, 12)\",\"errorType\":\"MlOps.DataContractViolation\",\"stackTrace\":[\"at Validate\"]}";
        var caught = prepared with { Error = new CaughtError { Error = "MlOps.DataContractViolation", Cause = cause } };

        var envelope = await _harness.InvokeAsync("FailureSummary", caught);

        var runId = prepared.Run!.RunId;
        Assert.Equal($"s3://mlops-data/failures/{runId}.json", envelope.Failure!.ReportUri);
        Assert.Equal("MlOps.DataContractViolation", envelope.Failure.ErrorName);
        Assert.Equal("column age: 3 values below 18 (rows 4, 9, 12)", envelope.Failure.Message);
        using var record = JsonDocument.Parse(await _harness.Store.ReadAllBytesAsync($"failures/{runId}.json"));
        var root = record.RootElement;
        Assert.Equal(runId, root.GetProperty("runId").GetString());
        Assert.Equal("MlOps.DataContractViolation", root.GetProperty("errorType").GetString());
        Assert.Equal("Prepare", root.GetProperty("lastCompletedStep").GetString());
        Assert.Equal("at Validate", root.GetProperty("stackTrace")[0].GetString());
        Assert.Equal("s3://mlops-data/raw/customers.csv", root.GetProperty("trigger").GetString());
        Assert.Equal(runId, root.GetProperty("envelope").GetProperty("run").GetProperty("runId").GetString());
    }

    [Fact]
    public async Task A_failure_before_Prepare_finished_is_recorded_under_an_input_hash()
    {
        var input = new JsonObject
        {
            ["bucket"] = "mlops-data",
            ["key"] = "raw/../x.csv",
            ["error"] = new JsonObject { ["Error"] = "MlOps.InvalidObjectKey", ["Cause"] = "Object key 'raw/../x.csv' is invalid" },
        };
        var envelope = await _harness.InvokeAsync("FailureSummary", input.ToJsonString());
        Assert.Matches("^s3://mlops-data/failures/unknown-[0-9a-f]{16}\\.json$", envelope.Failure!.ReportUri);
        Assert.Equal("Object key 'raw/../x.csv' is invalid", envelope.Failure.Message);
        Assert.Single(await _harness.Store.ListAllAsync("failures/").ToListAsync());
    }

    [Fact]
    public async Task Without_an_error_section_it_is_EnvelopeInvalid()
    {
        var prepared = await _harness.PreparedRunAsync();
        var error = await Assert.ThrowsAsync<EnvelopeInvalidException>(() => _harness.InvokeAsync("FailureSummary", prepared));
        Assert.Contains("$.error", error.Message, StringComparison.Ordinal);
    }
}

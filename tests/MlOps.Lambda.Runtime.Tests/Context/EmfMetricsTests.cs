using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using MlOps.Lambda.Runtime.Context;

namespace MlOps.Lambda.Runtime.Tests.Context;

public sealed class EmfMetricsTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeMilliseconds(1_767_225_600_000));

    [Fact]
    public void Flush_WritesOneEmfObjectWithDirectiveDimensionsAndValues()
    {
        var output = new StringWriter();
        var metrics = new EmfMetrics("MlPipeline", output, _time);
        metrics.SetDimension("Service", "trainer");
        metrics.SetDimension("Stage", "prod");
        metrics.AddProperty("runId", "run-1");
        metrics.AddMetric("TrainSeconds", 12.5, "Seconds");
        metrics.AddMetric("Rows", 100, "Count");
        metrics.AddMetric("Rows", 250, "Count");

        metrics.Flush();

        var line = output.ToString();
        Assert.EndsWith("\n", line, StringComparison.Ordinal);
        Assert.Equal(
            "{\"_aws\":{\"Timestamp\":1767225600000,\"CloudWatchMetrics\":[{\"Namespace\":\"MlPipeline\",\"Dimensions\":[[\"Service\",\"Stage\"]]," +
            "\"Metrics\":[{\"Name\":\"TrainSeconds\",\"Unit\":\"Seconds\"},{\"Name\":\"Rows\",\"Unit\":\"Count\"}]}]}," +
            "\"Service\":\"trainer\",\"Stage\":\"prod\",\"runId\":\"run-1\",\"TrainSeconds\":12.5,\"Rows\":[100,250]}",
            line.TrimEnd('\n'));
    }

    [Fact]
    public void AddMetric_OnTheHundredAndFirstMetric_FlushesTheFirstHundred()
    {
        var output = new StringWriter();
        var metrics = new EmfMetrics("Ns", output, _time);

        for (var i = 0; i <= EmfMetrics.MaxMetrics; i++)
        {
            metrics.AddMetric($"m{i}", i);
        }

        var first = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var document = JsonDocument.Parse(first);
        Assert.Equal(100, document.RootElement.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics").GetArrayLength());
    }

    [Fact]
    public void Flush_WithHighResolutionMetric_WritesStorageResolution()
    {
        var output = new StringWriter();
        var metrics = new EmfMetrics("Ns", output, _time);
        metrics.AddMetric("Latency", 3, "Milliseconds", storageResolution: 1);

        metrics.Flush();

        Assert.Contains("{\"Name\":\"Latency\",\"Unit\":\"Milliseconds\",\"StorageResolution\":1}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Flush_WithNothingAdded_WritesNothing()
    {
        var output = new StringWriter();
        new EmfMetrics("Ns", output, _time).Flush();
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public void AddMetric_WithUnknownUnit_IsRejectedNamingTheUnit()
    {
        var metrics = new EmfMetrics("Ns", new StringWriter(), _time);
        var error = Assert.Throws<ArgumentException>(() => metrics.AddMetric("m", 1, "Parsecs"));
        Assert.Contains("Parsecs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetDimension_BeyondThirty_IsRejected()
    {
        var metrics = new EmfMetrics("Ns", new StringWriter(), _time);
        for (var i = 0; i < EmfMetrics.MaxDimensions; i++)
        {
            metrics.SetDimension($"d{i}", "v");
        }

        Assert.Throws<InvalidOperationException>(() => metrics.SetDimension("one-more", "v"));
    }
}

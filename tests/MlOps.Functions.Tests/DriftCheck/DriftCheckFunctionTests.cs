using System.Text.Json.Nodes;
using MlOps.Functions.Tests.Predict;
using MlOps.Functions.Tests.Support;
using MlOps.Pipeline.Envelope;

namespace MlOps.Functions.Tests.DriftCheck;

public sealed class DriftCheckFunctionTests
{
    private static async Task<PipelineEnvelope> CheckAfterTrafficAsync(MlHarness h, Func<JsonObject, JsonObject> shift)
    {
        var deployed = await PredictFunctionTests.DeployedAsync(h);
        var rows = SampleRows.Read("customers-v2.csv", 0, 600).Select(shift).ToList();
        for (var i = 0; i < rows.Count; i += 100)
        {
            var evt = SampleRows.FunctionUrlEvent(SampleRows.Instances(rows.Skip(i).Take(100).Select(r => (JsonObject)r.DeepClone())), requestId: $"req-{i}");
            await h.InvokeRawAsync("Predict", evt);
        }

        return await h.InvokeAsync("DriftCheck", deployed with { Run = deployed.Run! with { RunId = "drift-1", Pipeline = "drift-monitor" } });
    }

    [Fact]
    public async Task Traffic_like_the_training_data_is_not_drift()
    {
        using var h = new MlHarness();
        var checkedEnvelope = await CheckAfterTrafficAsync(h, r => r);

        Assert.False(checkedEnvelope.Drift!.Detected, checkedEnvelope.Drift.Features!.Value.GetRawText());
        Assert.Equal("no-drift", checkedEnvelope.Drift.Extra!["decision"].GetString());
        Assert.Equal(600, checkedEnvelope.Drift.Extra["records"].GetInt32());
        Assert.NotNull(await h.Store.HeadAsync("drift/drift-1/report.json"));
    }

    [Fact]
    public async Task Shifted_traffic_is_drift_and_names_the_features()
    {
        using var h = new MlHarness();
        var checkedEnvelope = await CheckAfterTrafficAsync(h, r =>
        {
            r["email_opens_30d"] = r["email_opens_30d"]!.GetValue<double>() + 12;
            r["channel"] = "phone";
            return r;
        });

        Assert.True(checkedEnvelope.Drift!.Detected);
        var drifted = checkedEnvelope.Drift.Features!.Value.EnumerateArray().Where(f => f.GetProperty("drifted").GetBoolean())
            .Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Contains("email_opens_30d", drifted);
        Assert.Contains("channel", drifted);
        Assert.DoesNotContain("age", drifted);
    }
}

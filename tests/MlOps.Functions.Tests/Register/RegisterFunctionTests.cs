using MlOps.Functions.Tests.Support;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;
using MlOps.Pipeline.Registry;

namespace MlOps.Functions.Tests.Register;

public sealed class RegisterFunctionTests : IDisposable
{
    private readonly CoreHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Register_creates_version_1_with_lineage_and_points_challenger_at_it()
    {
        var gated = await _harness.GatedRunAsync();
        var envelope = await _harness.InvokeAsync("Register", gated);

        var model = envelope.Model!;
        Assert.Equal("customer-propensity", model.Name);
        Assert.Equal(1, model.Version);
        Assert.Equal("challenger", model.Alias);
        Assert.Equal("Approved", model.ApprovalStatus);
        Assert.Equal("models/customer-propensity/versions/1/model.zip", model.ArtifactUri);
        Assert.Equal(gated.Training!.ArtifactSha256, model.ArtifactSha256);
        Assert.True(envelope.TimingsMs!.ContainsKey("Register"));

        var registry = new ModelRegistry(_harness.Store, "customer-propensity");
        var stored = await registry.GetReadyVersionAsync(1);
        Assert.Equal(gated.Run!.RunId, stored.Lineage.RunId);
        Assert.Equal(new string('d', 64), stored.Lineage.DatasetSha256);
        Assert.Equal("transform-1", stored.Lineage.TransformHash);
        Assert.Equal("test-1.2.3", stored.Lineage.CodeVersion);
        Assert.Equal("LightGbm", stored.Lineage.Trainer);
        Assert.Equal(31, stored.Lineage.Hyperparameters!["numberOfLeaves"]);
        Assert.Equal(0.81, stored.Lineage.Metrics!["rocAuc"]);
        Assert.Equal(1, (await registry.GetAliasAsync("challenger"))!.Version);
    }

    [Fact]
    public async Task A_retried_Register_returns_the_same_version()
    {
        var gated = await _harness.GatedRunAsync();
        var first = await _harness.InvokeAsync("Register", gated);
        var retried = await _harness.InvokeAsync("Register", gated);
        Assert.Equal(first.Model!.Version, retried.Model!.Version);
    }

    [Fact]
    public async Task RequireApproval_registers_as_PendingManualApproval()
    {
        var gated = await _harness.GatedRunAsync();
        gated = gated with { Config = gated.Config! with { RequireApproval = true } };
        var envelope = await _harness.InvokeAsync("Register", gated);
        Assert.Equal("PendingManualApproval", envelope.Model!.ApprovalStatus);
    }

    [Fact]
    public async Task A_rejected_gate_is_ModelQualityBelowThreshold_with_the_reasons()
    {
        var gated = await _harness.GatedRunAsync(passed: false);
        var error = await Assert.ThrowsAsync<ModelQualityBelowThresholdException>(() => _harness.InvokeAsync("Register", gated));
        Assert.Contains("rocAuc 0.61 < 0.70", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_artifact_is_ArtifactIntegrityFailure_and_registers_nothing()
    {
        var gated = await _harness.GatedRunAsync();
        var key = gated.Training!.ArtifactUri!["s3://mlops-data/".Length..];
        await _harness.Store.PutBytesAsync(key, new byte[] { 1, 2, 3 });
        await Assert.ThrowsAsync<ArtifactIntegrityFailureException>(() => _harness.InvokeAsync("Register", gated));
        Assert.Empty(await new ModelRegistry(_harness.Store, "customer-propensity").ListVersionsAsync());
    }

    [Fact]
    public async Task Missing_training_or_an_artifact_outside_the_bucket_is_EnvelopeInvalid()
    {
        var gated = await _harness.GatedRunAsync();
        var noTraining = await Assert.ThrowsAsync<EnvelopeInvalidException>(() => _harness.InvokeAsync("Register", gated with { Training = null }));
        Assert.Contains("$.training", noTraining.Message, StringComparison.Ordinal);
        var elsewhere = gated with { Training = gated.Training! with { ArtifactUri = "s3://other-bucket/model.zip" } };
        var error = await Assert.ThrowsAsync<EnvelopeInvalidException>(() => _harness.InvokeAsync("Register", elsewhere));
        Assert.Contains("other-bucket", error.Message, StringComparison.Ordinal);
        var noRun = await Assert.ThrowsAsync<EnvelopeInvalidException>(() => _harness.InvokeAsync("Register", gated with { Run = null }));
        Assert.Contains("$.run", noRun.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_Register_invocations_for_different_runs_get_distinct_versions()
    {
        var runs = new List<PipelineEnvelope>();
        for (var i = 0; i < 6; i++)
        {
            runs.Add(await _harness.GatedRunAsync($"raw/customers-{i}.csv", $"customer_id,age\nc{i},4{i}\n"));
        }

        var results = await Task.WhenAll(runs.Select(r => Task.Run(() => _harness.InvokeAsync("Register", r))));
        Assert.Equal(Enumerable.Range(1, 6), results.Select(r => r.Model!.Version).Order());
    }
}

using System.Text;
using MlOps.Functions.Tests.Support;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Tests.SmokeTest;

public sealed class SmokeTestFunctionTests : IDisposable
{
    private readonly CoreHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private async Task<PipelineEnvelope> DeployedAsync() =>
        await _harness.InvokeAsync("Deploy", await _harness.InvokeAsync("Register", await _harness.GatedRunAsync()));

    [Fact]
    public async Task SmokeTest_passes_for_an_intact_deployed_artifact()
    {
        var deployed = await DeployedAsync();
        var envelope = await _harness.InvokeAsync("SmokeTest", deployed);
        Assert.True(envelope.SmokeTest!.Passed);
        Assert.Equal(1, envelope.SmokeTest.Version);
        Assert.Equal(deployed.Model!.ArtifactSha256, envelope.SmokeTest.ArtifactSha256);
        Assert.Contains(envelope.SmokeTest.Checks, c => c.Contains("matches the registry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_corrupted_production_artifact_is_SmokeTestFailed_naming_the_sha256()
    {
        var deployed = await DeployedAsync();
        await _harness.Store.PutBytesAsync(deployed.Model!.ArtifactUri, Encoding.UTF8.GetBytes("bit rot"));
        var error = await Assert.ThrowsAsync<SmokeTestFailedException>(() => _harness.InvokeAsync("SmokeTest", deployed));
        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
        Assert.IsType<ArtifactIntegrityFailureException>(error.InnerException);
    }

    [Fact]
    public async Task A_missing_artifact_or_alias_is_SmokeTestFailed()
    {
        var deployed = await DeployedAsync();
        await _harness.Store.DeleteAsync(deployed.Model!.ArtifactUri);
        var missing = await Assert.ThrowsAsync<SmokeTestFailedException>(() => _harness.InvokeAsync("SmokeTest", deployed));
        Assert.Contains("missing", missing.Message, StringComparison.Ordinal);

        await _harness.Store.DeleteAsync("models/customer-propensity/aliases/production.json");
        var noAlias = await Assert.ThrowsAsync<SmokeTestFailedException>(() => _harness.InvokeAsync("SmokeTest", deployed));
        Assert.Contains("no production alias", noAlias.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_artifact_that_is_not_a_model_package_is_SmokeTestFailed()
    {
        var gated = await _harness.GatedRunAsync();
        var key = gated.Training!.ArtifactUri!["s3://mlops-data/".Length..];
        var notZip = Encoding.UTF8.GetBytes("definitely not a zip");
        await _harness.Store.PutBytesAsync(key, notZip);
        gated = gated with { Training = gated.Training with { ArtifactSha256 = await _harness.Store.Sha256Async(key) } };
        var deployed = await _harness.InvokeAsync("Deploy", await _harness.InvokeAsync("Register", gated));
        var error = await Assert.ThrowsAsync<SmokeTestFailedException>(() => _harness.InvokeAsync("SmokeTest", deployed));
        Assert.Contains("not a zip archive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_moved_by_someone_else_is_SmokeTestFailed()
    {
        var deployed = await DeployedAsync();
        var claimed = deployed with { Deployment = deployed.Deployment! with { Version = 7 } };
        var error = await Assert.ThrowsAsync<SmokeTestFailedException>(() => _harness.InvokeAsync("SmokeTest", claimed));
        Assert.Contains("not version 7", error.Message, StringComparison.Ordinal);
    }
}

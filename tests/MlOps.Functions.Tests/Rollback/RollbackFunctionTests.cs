using MlOps.Functions.Tests.Support;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Registry;

namespace MlOps.Functions.Tests.Rollback;

public sealed class RollbackFunctionTests : IDisposable
{
    private readonly CoreHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private async Task<PipelineEnvelope> DeployedAsync(string key, string content) =>
        await _harness.InvokeAsync("Deploy", await _harness.InvokeAsync("Register", await _harness.GatedRunAsync(key, content)));

    [Fact]
    public async Task Rollback_restores_the_previous_production_version_and_a_retry_is_a_no_op()
    {
        await DeployedAsync("raw/a.csv", "a\n1\n");
        var second = await DeployedAsync("raw/b.csv", "a\n2\n");

        var rolledBack = await _harness.InvokeAsync("Rollback", second);
        Assert.Equal(1, rolledBack.Deployment!.Version);
        Assert.Equal(2, rolledBack.Deployment.PreviousVersion);
        Assert.True(rolledBack.Deployment.RolledBack);

        var retried = await _harness.InvokeAsync("Rollback", second);
        Assert.Equal(1, retried.Deployment!.Version);
        var alias = await new ModelRegistry(_harness.Store, "customer-propensity").GetAliasAsync("production");
        Assert.Equal(1, alias!.Version);
        Assert.Equal(["set", "set", "rollback"], alias.History.Select(h => h.Action));
    }

    [Fact]
    public async Task Rollback_with_no_previous_version_is_NoPreviousVersion()
    {
        var only = await DeployedAsync("raw/a.csv", "a\n1\n");
        var error = await Assert.ThrowsAsync<NoPreviousVersionException>(() => _harness.InvokeAsync("Rollback", only));
        Assert.Equal(ErrorNames.NoPreviousVersion, error.ErrorName);
    }

    [Fact]
    public async Task Rollback_does_not_undo_a_later_deployment_by_another_run()
    {
        await DeployedAsync("raw/a.csv", "a\n1\n");
        var second = await DeployedAsync("raw/b.csv", "a\n2\n");
        await DeployedAsync("raw/c.csv", "a\n3\n");
        var error = await Assert.ThrowsAsync<PreconditionFailedException>(() => _harness.InvokeAsync("Rollback", second));
        Assert.Contains("points at version 3, not 2", error.Message, StringComparison.Ordinal);
    }
}

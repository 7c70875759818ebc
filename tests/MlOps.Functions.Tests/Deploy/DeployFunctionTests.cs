using MlOps.Functions.Tests.Support;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Registry;

namespace MlOps.Functions.Tests.Deploy;

public sealed class DeployFunctionTests : IDisposable
{
    private readonly CoreHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Deploy_moves_production_and_reports_the_previous_version()
    {
        var first = await _harness.InvokeAsync("Register", await _harness.GatedRunAsync("raw/a.csv", "a\n1\n"));
        var deployed1 = await _harness.InvokeAsync("Deploy", first);
        Assert.Equal("production", deployed1.Deployment!.Alias);
        Assert.Equal(1, deployed1.Deployment.Version);
        Assert.Null(deployed1.Deployment.PreviousVersion);
        Assert.False(deployed1.Deployment.RolledBack);

        var second = await _harness.InvokeAsync("Register", await _harness.GatedRunAsync("raw/b.csv", "a\n2\n"));
        var deployed2 = await _harness.InvokeAsync("Deploy", second);
        Assert.Equal(2, deployed2.Deployment!.Version);
        Assert.Equal(1, deployed2.Deployment.PreviousVersion);

        var retried = await _harness.InvokeAsync("Deploy", second);
        Assert.Equal(1, retried.Deployment!.PreviousVersion);
        var alias = await new ModelRegistry(_harness.Store, "customer-propensity").GetAliasAsync("production");
        Assert.Equal(2, alias!.Version);
        Assert.Equal(2, alias.History.Count);
    }

    [Fact]
    public async Task A_version_pending_approval_is_ModelNotApproved_until_approved()
    {
        var gated = await _harness.GatedRunAsync();
        var registered = await _harness.InvokeAsync("Register", gated with { Config = gated.Config! with { RequireApproval = true } });
        var error = await Assert.ThrowsAsync<ModelNotApprovedException>(() => _harness.InvokeAsync("Deploy", registered));
        Assert.Contains("PendingManualApproval", error.Message, StringComparison.Ordinal);

        await new ModelRegistry(_harness.Store, "customer-propensity").SetApprovalAsync(1, ApprovalStatus.Approved);
        Assert.Equal(1, (await _harness.InvokeAsync("Deploy", registered)).Deployment!.Version);
    }

    [Fact]
    public async Task Deploying_an_unknown_version_is_ModelVersionNotFound()
    {
        var registered = await _harness.InvokeAsync("Register", await _harness.GatedRunAsync());
        var bogus = registered with { Model = registered.Model! with { Version = 9 } };
        await Assert.ThrowsAsync<ModelVersionNotFoundException>(() => _harness.InvokeAsync("Deploy", bogus));
        await Assert.ThrowsAsync<EnvelopeInvalidException>(() => _harness.InvokeAsync("Deploy", registered with { Model = null }));
    }
}

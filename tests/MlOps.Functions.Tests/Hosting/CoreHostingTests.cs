using System.Text;
using MlOps.Functions.Tests.Support;
using MlOps.Pipeline.Errors;

namespace MlOps.Functions.Tests.Hosting;

public sealed class CoreHostingTests : IDisposable
{
    private readonly CoreHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("Prepare")]
    [InlineData("Register")]
    [InlineData("Deploy")]
    [InlineData("Rollback")]
    [InlineData("SmokeTest")]
    [InlineData("FailureSummary")]
    public void Every_core_function_is_registered_under_its_contract_handler_string(string function) =>
        Assert.Contains(CoreHarness.Handler(function), _harness.Registry.Names);

    [Theory]
    [InlineData("Register", "{\"run\":{\"runId\":5}}", "$.run.runId: expected string, got number")]
    [InlineData("Deploy", "{\"model\":{\"name\":\"m\"}}", "$.model.version: is required")]
    [InlineData("SmokeTest", "{\"deployment\":{\"alias\":\"production\",\"version\":\"one\"}}", "$.deployment.version")]
    [InlineData("Rollback", "not json", "not valid JSON")]
    public async Task Envelope_functions_reject_invalid_envelopes_naming_the_field(string function, string json, string expected)
    {
        var error = await Assert.ThrowsAsync<EnvelopeInvalidException>(() => _harness.InvokeRawAsync(function, Encoding.UTF8.GetBytes(json)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_whole_core_chain_runs_through_the_handler_table_and_keeps_every_section()
    {
        var gated = await _harness.GatedRunAsync();
        var registered = await _harness.InvokeAsync("Register", gated);
        var deployed = await _harness.InvokeAsync("Deploy", registered);
        var smoked = await _harness.InvokeAsync("SmokeTest", deployed);
        Assert.Equal(gated.Run, smoked.Run);
        Assert.Equal(gated.Evaluation!.RocAuc, smoked.Evaluation!.RocAuc);
        Assert.Equal(registered.Model, smoked.Model);
        Assert.Equal(["Deploy", "Prepare", "Register", "SmokeTest"], smoked.TimingsMs!.Keys.Order(StringComparer.Ordinal));
    }
}

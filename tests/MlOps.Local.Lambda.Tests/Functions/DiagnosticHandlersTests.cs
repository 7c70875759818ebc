using MlOps.Functions.Diagnostics;
using MlOps.Lambda.Runtime.Hosting;

namespace MlOps.Local.Lambda.Tests.Functions;

public sealed class DiagnosticHandlersTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("0", false)]
    [InlineData("true", false)]
    [InlineData("1", true)]
    public void AddWhenEnabled_RegistersDiagnosticsOnlyWhenSwitchIsOne(string? value, bool registered)
    {
        var environment = new Dictionary<string, string>();
        if (value is not null)
        {
            environment[DiagnosticHandlers.EnableVariable] = value;
        }

        var registry = DiagnosticHandlers.AddWhenEnabled(new HandlerRegistry(), environment);

        Assert.Equal(registered, registry.TryGet(DiagnosticHandlers.Echo, out _));
        Assert.Equal(registered, registry.TryGet(DiagnosticHandlers.Throw, out _));
    }
}

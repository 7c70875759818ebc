using MlOps.Functions;
using MlOps.Functions.Diagnostics;
using MlOps.Lambda.Runtime.Hosting;
using MlOps.Local.Lambda.Invocation;

namespace MlOps.Local.Lambda.Tests.Contract;

internal static class TestFunctions
{
    public const string Echo = "echo";
    public const string Throw = "thrower";
    public const string Missing = "missing-handler";

    private static readonly Dictionary<string, string> Diagnostics = new() { [DiagnosticHandlers.EnableVariable] = "1" };

    public static IReadOnlyList<LocalFunction> All { get; } =
    [
        new LocalFunction { Name = Echo, Handler = DiagnosticHandlers.Echo, Environment = Diagnostics, Timeout = TimeSpan.FromSeconds(30) },
        new LocalFunction { Name = Throw, Handler = DiagnosticHandlers.Throw, Environment = Diagnostics, Timeout = TimeSpan.FromSeconds(30) },
        new LocalFunction { Name = Missing, Handler = "MlOps.Functions::Nope::Handle", Environment = Diagnostics, Timeout = TimeSpan.FromSeconds(30) },
    ];

    /// <summary>What Program.cs builds, for in-process hosting.</summary>
    public static HandlerRegistry Registry(IReadOnlyDictionary<string, string> environment) =>
        DiagnosticHandlers.AddWhenEnabled(FunctionRegistry.Create(environment), environment);
}

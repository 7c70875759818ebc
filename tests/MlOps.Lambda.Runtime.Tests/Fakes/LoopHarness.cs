using Microsoft.Extensions.Time.Testing;
using MlOps.Lambda.Runtime.Bootstrap;
using MlOps.Lambda.Runtime.Context;
using MlOps.Lambda.Runtime.Hosting;

namespace MlOps.Lambda.Runtime.Tests.Fakes;

/// <summary>Runs the bootstrap loop against the fake API, a fake clock and an in-memory environment.</summary>
internal sealed class LoopHarness
{
    public const string HandlerName = "MlOps.Functions::Test::Handle";

    public FakeRuntimeApiClient Api { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public DictionaryEnvironmentVariables Environment { get; } = new(new Dictionary<string, string>
    {
        ["_HANDLER"] = HandlerName,
        ["AWS_LAMBDA_FUNCTION_NAME"] = "f",
    });

    public StringWriter Output { get; } = new();

    public LambdaBootstrapOptions Options() => new()
    {
        Client = Api,
        Environment = Environment,
        Time = Time,
        Output = TextWriter.Synchronized(Output),
    };

    public long DeadlineIn(TimeSpan span) => (Time.GetUtcNow() + span).ToUnixTimeMilliseconds();

    public Task<int> RunAsync(LambdaHandler handler, LambdaBootstrapOptions? options = null) =>
        LambdaBootstrap.RunAsync(new HandlerRegistry().Add(HandlerName, handler), options ?? Options());
}

using System.Text.Json.Nodes;

namespace MlOps.EndToEnd.Tests;

/// <summary>One fresh state directory with the sample run once (the tests that only read its results share it).</summary>
public sealed class SampleRunFixture : IAsyncLifetime, IDisposable
{
    private readonly TempHome _home = new();

    public string Home => _home.Path;

    public JsonObject First { get; private set; } = [];

    public async Task InitializeAsync() => First = await Cli.RunJsonAsync(Home, Cli.Sample("customers.csv"));

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (Directory.Exists(_home.Path))
        {
            _home.Dispose();
        }
    }
}

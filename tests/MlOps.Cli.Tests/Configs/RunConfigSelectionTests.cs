using System.Text.Json.Nodes;

namespace MlOps.Cli.Tests.Configs;

public sealed class RunConfigSelectionTests
{
    [Fact]
    public async Task Run_without_config_on_a_file_no_config_fits_fails_with_the_schema_error_and_a_hint()
    {
        using var home = new TempDir();
        var data = Path.Combine(home.Path, "odd.csv");
        await File.WriteAllTextAsync(data, "a;b;c\n1;2;3\n");

        var (code, output, error) = await CliRunner.RunAsync("run", "--json", "--home", home.Path, "--data", data);
        var summary = JsonNode.Parse(output)!;

        Assert.Equal(1, code);
        Assert.Equal("MlOps.SchemaMismatch", summary["error"]!.ToString());
        Assert.Equal("built-in default config", summary["config"]!.ToString());
        Assert.Contains("no shipped config fits the header of odd.csv", error, StringComparison.Ordinal);
        Assert.Contains("pass --config", error, StringComparison.Ordinal);
    }
}

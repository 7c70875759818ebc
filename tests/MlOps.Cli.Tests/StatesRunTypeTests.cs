using System.Text.Json.Nodes;

namespace MlOps.Cli.Tests;

public sealed class StatesRunTypeTests
{
    private const string QueryExecutionId = """
        {"StartAt":"Q","States":{"Q":{"Type":"Pass","Parameters":{"id.$":"$$.Execution.Id"},"End":true}}}
        """;

    [Theory]
    [InlineData(null, null, ":execution:")]
    [InlineData("EXPRESS", null, ":express:")]
    [InlineData(null, "EXPRESS", ":express:")]
    [InlineData("STANDARD", "EXPRESS", ":execution:")]
    public async Task States_run_takes_the_machine_type_from_the_flag_else_from_meta_json(string? flag, string? meta, string expected)
    {
        using var dir = new TempDir();
        var definition = Path.Combine(dir.Path, "definition.json");
        await File.WriteAllTextAsync(definition, QueryExecutionId);
        if (meta is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(dir.Path, "meta.json"), $$"""{"state_machine_type":"{{meta}}"}""");
        }

        string[] args = flag is null
            ? ["states", "run", "--definition", definition]
            : ["states", "run", "--definition", definition, "--type", flag];
        var (code, output, err) = await CliRunner.RunAsync(args);

        Assert.True(code == 0, err);
        var id = JsonNode.Parse(output)!["output"]!["id"]!.GetValue<string>();
        Assert.Contains(expected, id, StringComparison.Ordinal);
    }
}

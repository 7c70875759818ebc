using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Tests.Conformance;

/// <summary>
/// Runs every hand-written golden case under <c>Conformance/&lt;feature&gt;/&lt;case&gt;/</c>: <c>definition.asl.json</c>,
/// <c>input.json</c> and <c>expected.json</c> (status with output, or error and cause).
/// </summary>
public sealed class GoldenCaseTests
{
    public static TheoryData<string> Cases()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Conformance");
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateFiles(root, "definition.asl.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, Path.GetDirectoryName(dir)!));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GoldenCase_ProducesExpectedResult(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Conformance", name);
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "expected.json")))!.AsObject();
        var (result, _) = await TestEngine.RunAsync(
            await File.ReadAllTextAsync(Path.Combine(dir, "definition.asl.json")),
            await File.ReadAllTextAsync(Path.Combine(dir, "input.json")));
        var status = expected["status"]!.GetValue<string>();
        Assert.Equal(status, result.Status == ExecutionStatus.Succeeded ? "SUCCEEDED" : "FAILED");
        if (status == "SUCCEEDED")
        {
            Assert.Equal("", JsonDiff.Describe(expected["output"], result.Output, "$"));
        }
        else
        {
            Assert.Equal(expected["error"]?.GetValue<string>(), result.Error);
            Assert.Equal(expected["cause"]?.GetValue<string>(), result.Cause);
        }
    }
}

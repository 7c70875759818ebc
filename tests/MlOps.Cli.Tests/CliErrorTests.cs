namespace MlOps.Cli.Tests;

public sealed class CliErrorTests
{
    [Theory]
    [InlineData("run", "--no-such-flag")]
    [InlineData("frobnicate")]
    [InlineData("generate-event", "nope")]
    public async Task RunAsync_BadCommandLine_IsOneLineAndExitCode2(params string[] args)
    {
        var (code, _, err) = await CliRunner.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Single(err.Trim().Split('\n'));
        Assert.StartsWith("mlops: ", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingDataFile_IsOneLineWithoutStackTrace()
    {
        using var home = new TempDir();

        var (code, _, err) = await CliRunner.RunAsync("run", "--data", "/nonexistent/x.csv", "--home", home.Path);

        Assert.Equal(1, code);
        Assert.Equal("mlops: --data /nonexistent/x.csv: file not found", err.Trim());
    }

    [Fact]
    public async Task Validate_InvalidTemplate_IsOneLineNamingTheFile()
    {
        using var dir = new TempDir();
        var template = Path.Combine(dir.Path, "template.yaml");
        File.WriteAllText(template, "Resources:\n  A: !Bogus x\n");

        var (code, _, err) = await CliRunner.RunAsync("validate", "--template", template, "--home", dir.Path);

        Assert.Equal(1, code);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Contains("template.yaml:2", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_PortOutOfRange_IsOneLineNamingThePort()
    {
        using var home = new TempDir();

        var (code, _, err) = await CliRunner.RunAsync("serve", "--port", "70000", "--home", home.Path);

        Assert.Equal(1, code);
        Assert.Equal("mlops: --port 70000 is not a port number", err.Trim());
    }

    [Fact]
    public async Task Invoke_UnknownFunction_ListsTheFunctions()
    {
        using var home = new TempDir();

        var (code, _, err) = await CliRunner.RunAsync("invoke", "Nope", "--home", home.Path);

        Assert.Equal(1, code);
        Assert.Contains("PredictFunction", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendTaskSuccess_UnknownToken_IsTaskDoesNotExist()
    {
        using var home = new TempDir();

        var (code, _, err) = await CliRunner.RunAsync("send-task-success", "--task-token", "nope", "--home", home.Path);

        Assert.Equal(1, code);
        Assert.StartsWith("mlops: TaskDoesNotExist", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParameterOverride_NotAllowed_IsOneLine()
    {
        using var home = new TempDir();

        var (code, _, err) = await CliRunner.RunAsync("validate", "--parameter-overrides", "Stage=qa", "--home", home.Path);

        Assert.Equal(1, code);
        Assert.Contains("Parameters/Stage", err, StringComparison.Ordinal);
    }
}

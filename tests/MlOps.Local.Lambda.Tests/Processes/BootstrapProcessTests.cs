using System.Diagnostics;
using System.Text;
using MlOps.Local.Lambda.Invocation;
using MlOps.Local.Lambda.Processes;
using MlOps.Local.Lambda.RuntimeApi;
using MlOps.Local.Lambda.Tests.Contract;
using MlOps.Testing;

namespace MlOps.Local.Lambda.Tests.Processes;

[Trait("Category", "E2E")]
public sealed class BootstrapProcessTests
{
    [BootstrapFact]
    public async Task Bootstrap_WithUnknownHandler_PostsInitErrorAndExitsNonZero()
    {
        await using var server = await LocalRuntimeApiServer.StartAsync();
        var function = new LocalFunction { Name = "broken", Handler = "MlOps.Functions::Nope::Handle" };
        var command = BootstrapCommand.For(FunctionsBootstrap.Find()!);
        var info = new ProcessStartInfo(command.FileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in function.ReservedEnvironment())
        {
            info.Environment[name] = value;
        }

        info.Environment["AWS_LAMBDA_RUNTIME_API"] = server.RuntimeApiFor(function.Name);
        var invocation = server.Enqueue(function, Encoding.UTF8.GetBytes("{}"));

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var reply = await invocation.Reply.WaitAsync(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotEqual(0, process.ExitCode);
        Assert.Equal("Runtime.NoSuchHandler", reply.Error!.ErrorType);
        Assert.Contains("Init error: Runtime.NoSuchHandler", await stdout, StringComparison.Ordinal);
    }

    [BootstrapFact]
    public async Task ProcessInvoker_ReusesTheWarmProcessBetweenInvocations()
    {
        await using var server = await LocalRuntimeApiServer.StartAsync();
        await using var invoker = new ProcessLambdaInvoker(server, BootstrapCommand.For(FunctionsBootstrap.Find()!), TestFunctions.All);

        for (var i = 0; i < 3; i++)
        {
            await invoker.InvokeAsync(TestFunctions.Echo, Encoding.UTF8.GetBytes("{}"), CancellationToken.None);
        }

        Assert.Equal(1, invoker.ColdStarts);
    }

    [BootstrapFact]
    public async Task ProcessInvoker_AfterInitError_StartsAFreshProcessNextTime()
    {
        await using var server = await LocalRuntimeApiServer.StartAsync();
        await using var invoker = new ProcessLambdaInvoker(server, BootstrapCommand.For(FunctionsBootstrap.Find()!), TestFunctions.All);

        var first = await invoker.InvokeAsync(TestFunctions.Missing, Encoding.UTF8.GetBytes("{}"), CancellationToken.None);
        var second = await invoker.InvokeAsync(TestFunctions.Missing, Encoding.UTF8.GetBytes("{}"), CancellationToken.None);

        Assert.Equal("Runtime.NoSuchHandler", first.ErrorType);
        Assert.Equal("Runtime.NoSuchHandler", second.ErrorType);
        Assert.Equal(2, invoker.ColdStarts);
    }

    [BootstrapFact]
    public async Task ProcessInvoker_LogTail_HoldsTheFunctionsLogLines()
    {
        await using var server = await LocalRuntimeApiServer.StartAsync();
        await using var invoker = new ProcessLambdaInvoker(server, BootstrapCommand.For(FunctionsBootstrap.Find()!), TestFunctions.All);

        var result = await invoker.InvokeAsync(TestFunctions.Throw, Encoding.UTF8.GetBytes("{\"errorName\":\"X.Y\"}"), CancellationToken.None);

        Assert.Equal("X.Y", result.ErrorType);
        Assert.StartsWith($"START RequestId: {result.RequestId}", result.LogTail, StringComparison.Ordinal);
        Assert.EndsWith($"END RequestId: {result.RequestId}\n", result.LogTail, StringComparison.Ordinal);
    }

    [Fact]
    public void BootstrapCommand_ForMissingFile_NamesThePath()
    {
        var error = Assert.Throws<FileNotFoundException>(() => BootstrapCommand.For("/nonexistent/bootstrap"));
        Assert.Contains("/nonexistent/bootstrap", error.Message, StringComparison.Ordinal);
    }
}

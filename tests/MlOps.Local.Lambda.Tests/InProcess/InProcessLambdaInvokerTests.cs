using System.Text;
using Microsoft.Extensions.Time.Testing;
using MlOps.Lambda.Runtime.Hosting;
using MlOps.Local.Lambda.InProcess;
using MlOps.Local.Lambda.Invocation;

namespace MlOps.Local.Lambda.Tests.InProcess;

public sealed class InProcessLambdaInvokerTests
{
    private static readonly LocalFunction Slow = new()
    {
        Name = "slow",
        Handler = "Test::Slow",
        Timeout = TimeSpan.FromSeconds(5),
        Environment = new Dictionary<string, string> { ["MODEL"] = "churn" },
    };

    [Fact]
    public async Task InvokeAsync_WhenTimeoutElapses_ReturnsSandboxTimedout()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var invoker = new InProcessLambdaInvoker(
            _ => new HandlerRegistry().Add("Test::Slow", async (_, _, token) =>
            {
                started.SetResult();
                await Task.Delay(Timeout.Infinite, token);
                return [];
            }),
            [Slow],
            time);

        var invocation = invoker.InvokeAsync("slow", "{}"u8.ToArray(), CancellationToken.None);
        await started.Task;
        time.Advance(TimeSpan.FromSeconds(5));
        var result = await invocation;

        Assert.Equal("Unhandled", result.FunctionError);
        Assert.Equal("Sandbox.Timedout", result.ErrorType);
        Assert.Contains("Task timed out after 5.00 seconds", Encoding.UTF8.GetString(result.Payload), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_BuildsTheRegistryOncePerFunctionFromItsEnvironment()
    {
        var builds = new List<IReadOnlyDictionary<string, string>>();
        var invoker = new InProcessLambdaInvoker(
            env =>
            {
                builds.Add(env);
                return new HandlerRegistry().Add("Test::Slow", (_, context, _) =>
                    Task.FromResult(Encoding.UTF8.GetBytes($"\"{context.FunctionName}/{context.MemoryLimitInMB}\"")));
            },
            [Slow]);

        var first = await invoker.InvokeAsync("slow", "{}"u8.ToArray(), CancellationToken.None);
        await invoker.InvokeAsync("slow", "{}"u8.ToArray(), CancellationToken.None);

        Assert.Equal("\"slow/128\"", Encoding.UTF8.GetString(first.Payload));
        var env = Assert.Single(builds);
        Assert.Equal("churn", env["MODEL"]);
        Assert.Equal("Test::Slow", env["_HANDLER"]);
        Assert.Equal("slow", env["AWS_LAMBDA_FUNCTION_NAME"]);
    }

    [Fact]
    public async Task InvokeAsync_WhenInitThrows_ReturnsTheInitErrorAndRetriesInitNextTime()
    {
        var attempts = 0;
        var invoker = new InProcessLambdaInvoker(
            _ =>
            {
                attempts++;
                throw new InvalidDataException("config.yaml: missing 'target'");
            },
            [Slow]);

        var result = await invoker.InvokeAsync("slow", "{}"u8.ToArray(), CancellationToken.None);
        await invoker.InvokeAsync("slow", "{}"u8.ToArray(), CancellationToken.None);

        Assert.Equal("Unhandled", result.FunctionError);
        Assert.Equal("InvalidDataException", result.ErrorType);
        Assert.Equal(2, attempts);
    }
}

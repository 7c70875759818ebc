using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using MlOps.StepFunctions.Integrations;

namespace MlOps.StepFunctions.Tests.Evaluation;

/// <summary>The definition's top-level TimeoutSeconds ends a longer execution as TIMED_OUT with States.Timeout.</summary>
public sealed class MachineTimeoutTests
{
    [Theory]
    [InlineData(10, 100, ExecutionStatus.TimedOut)]
    [InlineData(10, 5, ExecutionStatus.Succeeded)]
    public async Task Wait_beyond_the_machine_timeout_times_the_execution_out(int timeout, int wait, ExecutionStatus expected)
    {
        var definition = """
            {"TimeoutSeconds":LIMIT,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":WAIT,"Next":"Done"},"Done":{"Type":"Pass","End":true}}}
            """.Replace("LIMIT", timeout.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("WAIT", wait.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var (result, execution) = await TestEngine.RunAsync(definition, "{\"a\":1}");

        Assert.Equal(expected, result.Status);
        if (expected == ExecutionStatus.TimedOut)
        {
            Assert.Equal("States.Timeout", result.Error);
            Assert.Equal("ExecutionTimedOut", execution.History[^1].Type);
            Assert.DoesNotContain(execution.History, e => e.Type == "PassStateEntered");
        }
    }

    [Fact]
    public async Task A_task_still_running_at_the_machine_timeout_times_the_execution_out()
    {
        var clock = new FakeTimeProvider(TestEngine.Start);
        var never = new TaskCompletionSource<TaskOutcome>();
        var handlers = new ResourceHandlerRegistry().Register("arn:aws:lambda:", new NeverAnswers(never.Task));
        var engine = new StepFunctionsEngine(new EngineOptions { Handlers = handlers, Clock = clock });
        var machine = engine.Load("""
            {"TimeoutSeconds":30,"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","End":true}}}
            """);

        var execution = machine.Start(new JsonObject());
        // Step the fake clock until the execution ends (the engine may arm its timer late on a busy machine), bounded
        // in real time so a hang fails the test instead of stalling it.
        var real = System.Diagnostics.Stopwatch.StartNew();
        while (!execution.Completion.IsCompleted && real.Elapsed < TimeSpan.FromSeconds(20))
        {
            clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Yield();
        }

        var result = await execution.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
        Assert.Equal("States.Timeout", result.Error);
        Assert.Contains("30", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_machine_timeout_is_a_definition_error()
    {
        var errors = TestEngine.Create().Validate("""{"TimeoutSeconds":-1,"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""");

        Assert.Contains(errors, e => e.Pointer.Contains("TimeoutSeconds", StringComparison.Ordinal));
    }

    private sealed class NeverAnswers(Task<TaskOutcome> outcome) : IResourceHandler
    {
        public async ValueTask<TaskOutcome> InvokeAsync(TaskRequest request, CancellationToken cancellationToken) => await outcome;
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.Local.Services.Executions;
using MlOps.StepFunctions;
using MlOps.StepFunctions.History;

namespace MlOps.Local.Services.Hosting;

/// <summary>Starting, tracking and persisting executions; answering task tokens from the mailbox.</summary>
public sealed partial class LocalCloud
{
    private static readonly TimeSpan TokenPoll = TimeSpan.FromMilliseconds(100);

    /// <inheritdoc />
    public Task<(string ExecutionArn, bool Started)> StartExecutionAsync(string stateMachineArn, string name, JsonNode input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var machine = Template.FindStateMachine(stateMachineArn)
            ?? throw new ArgumentException($"State machine does not exist: {stateMachineArn}", nameof(stateMachineArn));
        var arn = ExecutionStore.ArnOf(machine.Arn, name);
        if (_running.ContainsKey(arn) || Executions.Find(arn) is not null)
        {
            return Task.FromResult((arn, false));
        }

        var loaded = _machines.GetOrAdd(machine.Arn, _ => Engine.Load(machine.Definition, machine.Name));
        var execution = loaded.Start(input, new ExecutionOptions { ExecutionName = name });
        var record = new ExecutionRecord
        {
            ExecutionArn = execution.Arn,
            StateMachineArn = machine.Arn,
            Name = name,
            Status = "RUNNING",
            StartDate = _options.Clock.GetUtcNow(),
            Input = input.ToJsonString(),
        };
        Executions.Save(record);
        _running[execution.Arn] = (execution, FinishAsync(execution, record));
        return Task.FromResult((execution.Arn, true));
    }

    /// <summary>The live execution, while this process runs it.</summary>
    public Execution? Live(string executionArn) => _running.TryGetValue(executionArn, out var r) ? r.Execution : null;

    /// <summary>Waits for an execution this process started and returns its final record.</summary>
    public async Task<ExecutionRecord> WaitAsync(string executionArn, CancellationToken cancellationToken = default)
    {
        if (_running.TryGetValue(executionArn, out var running))
        {
            return await running.Done.WaitAsync(cancellationToken);
        }

        return Executions.Find(executionArn) ?? throw new ArgumentException($"Execution does not exist: {executionArn}", nameof(executionArn));
    }

    private async Task<ExecutionRecord> FinishAsync(Execution execution, ExecutionRecord record)
    {
        var completion = execution.Completion;
        while (!completion.IsCompleted)
        {
            await Task.WhenAny(completion, Task.Delay(TokenPoll, TimeProvider.System));
            AnswerTokens(execution);
        }

        var result = await completion;
        var final = record with
        {
            Status = result.Status switch
            {
                ExecutionStatus.Succeeded => "SUCCEEDED",
                ExecutionStatus.Failed => "FAILED",
                ExecutionStatus.TimedOut => "TIMED_OUT",
                ExecutionStatus.Aborted => "ABORTED",
                _ => "RUNNING",
            },
            StopDate = _options.Clock.GetUtcNow(),
            Output = result.Output?.ToJsonString(),
            Error = result.Error,
            Cause = result.Cause,
        };
        Executions.Save(final);
        Executions.SaveHistory(execution.Arn, HistoryJson(execution.History));
        return final;
    }

    private void AnswerTokens(Execution execution)
    {
        foreach (var pending in Mailbox.ListPending().Where(p => p["executionArn"]?.ToString() == execution.Arn))
        {
            var token = pending["taskToken"]!.ToString();
            if (Mailbox.TryTake(token) is not { } answer)
            {
                continue;
            }

            if (answer["status"]?.ToString() == "SUCCEEDED")
            {
                execution.SendTaskSuccess(token, answer["output"]?.DeepClone());
            }
            else
            {
                execution.SendTaskFailure(token, answer["error"]?.ToString(), answer["cause"]?.ToString());
            }
        }
    }

    /// <summary>History events in <c>GetExecutionHistory</c>'s JSON shape.</summary>
    public static JsonArray HistoryJson(IReadOnlyList<HistoryEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var array = new JsonArray();
        foreach (var e in events)
        {
            var item = new JsonObject
            {
                ["timestamp"] = e.Timestamp.ToString("O", CultureInfo.InvariantCulture),
                ["type"] = e.Type,
                ["id"] = e.Id,
                ["previousEventId"] = e.PreviousEventId,
            };
            if (e.Details is not null)
            {
                item[char.ToLowerInvariant(e.Type[0]) + e.Type[1..] + "EventDetails"] = e.Details.DeepClone();
            }

            array.Add(item);
        }

        return array;
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.History;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Model;

namespace MlOps.StepFunctions.Evaluation;

/// <summary>The interpreter for one execution: the state loop, data flow, Retry/Catch and history.</summary>
internal sealed partial class ExecutionRun
{
    private readonly StepFunctionsEngine _engine;
    private readonly StateMachine _machine;
    private readonly Execution _execution;
    private readonly JsonNode? _input;
    private readonly ExecutionOptions _options;
    private readonly DateTimeOffset _startTime;
    private readonly Random _random;
    private long _virtualTicks;

    public ExecutionRun(StepFunctionsEngine engine, StateMachine machine, Execution execution, JsonNode? input, ExecutionOptions options)
    {
        _engine = engine;
        _machine = machine;
        _execution = execution;
        _input = input;
        _options = options;
        History = new HistoryRecorder(engine.Options.RecordHistory, () => Now);
        _startTime = engine.Options.Clock.GetUtcNow();
        _random = engine.Options.RandomSeed is { } seed ? new Random(seed) : new Random();
    }

    public HistoryRecorder History { get; private set; }

    /// <summary>A run for Distributed Map children: same execution identity, its own (unrecorded) history.</summary>
    internal ExecutionRun ForChildExecution()
    {
        var child = (ExecutionRun)MemberwiseClone();
        child.History = new HistoryRecorder(false, () => Now);
        return child;
    }

    private EngineOptions Options => _engine.Options;

    /// <summary>Wall-clock time at a given virtual offset (reading the clock is costly on some hosts, so only on demand).</summary>
    internal DateTimeOffset TimeAt(long virtualTicks) => Options.Clock.GetUtcNow().AddTicks(virtualTicks);

    public DateTimeOffset Now => Options.Clock.GetUtcNow().AddTicks(Interlocked.Read(ref _virtualTicks));

    public async Task<ExecutionResult> RunAsync()
    {
        History.Add("ExecutionStarted", () => new JsonObject
        {
            ["input"] = JsonValues.ToJson(_input),
            ["roleArn"] = RoleArn,
            ["stateMachineArn"] = _machine.Arn,
        });
        try
        {
            if (ExceedsLimit(_input))
            {
                throw new StatesErrorException(StatesErrorNames.DataLimitExceeded, "The input exceeds the maximum size of 262144 bytes");
            }

            var output = await WithinMachineTimeoutAsync(RunGraphAsync(_machine.Graph, _input?.DeepClone(), new VariableScope(null), null))
                .ConfigureAwait(false);
            History.Add("ExecutionSucceeded", () => new JsonObject { ["output"] = JsonValues.ToJson(output) });
            return new ExecutionResult(ExecutionStatus.Succeeded, output, null, null);
        }
        catch (ExecutionTimedOutException ex)
        {
            History.Add("ExecutionTimedOut", () => new JsonObject { ["error"] = StatesErrorNames.Timeout, ["cause"] = ex.Message });
            return new ExecutionResult(ExecutionStatus.TimedOut, null, StatesErrorNames.Timeout, ex.Message);
        }
        catch (StatesErrorException ex)
        {
            History.Add("ExecutionFailed", () => new JsonObject { ["error"] = ex.Error, ["cause"] = ex.Cause });
            return new ExecutionResult(ExecutionStatus.Failed, null, ex.Error, ex.Cause);
        }
        catch (InsufficientExecutionStackException)
        {
            const string cause = "The definition nests too deeply to execute";
            History.Add("ExecutionFailed", () => new JsonObject { ["error"] = StatesErrorNames.Runtime, ["cause"] = cause });
            return new ExecutionResult(ExecutionStatus.Failed, null, StatesErrorNames.Runtime, cause);
        }
    }

    private bool ExceedsLimit(JsonNode? node) =>
        Options.PayloadLimitBytes > 0 && node is JsonObject or JsonArray or JsonValue && JsonValues.Utf8Size(node) > Options.PayloadLimitBytes;

    private string RoleArn => _options.RoleArn ?? "arn:aws:iam::" + Options.AccountId + ":role/StepFunctionsRole";

    /// <summary>Runs a graph (machine, branch or iteration) from StartAt to a terminal state; returns its output.</summary>
    internal async ValueTask<JsonNode?> RunGraphAsync(StateGraph graph, JsonNode? input, VariableScope variables, JsonObject? mapItem)
    {
        RuntimeHelpersGuard();
        var state = graph.States[graph.StartAt];
        StateScope? scope = null;
        var first = false;
        while (true)
        {
            scope = EnterState(state, input, scope, ref first, variables, mapItem);
            var (output, next) = await ExecuteWithErrorHandlingAsync(state, input, scope).ConfigureAwait(false);
            ExitState(state, output, scope);
            if (next is null)
            {
                return output;
            }

            input = output;
            state = graph.States[next];
        }
    }

    /// <summary>State entry: the machine timeout, the Entered event, and the scope (new, or reused when given).</summary>
    private StateScope EnterState(StateNode state, JsonNode? input, StateScope? scope, ref bool first, VariableScope variables, JsonObject? mapItem)
    {
        ThrowIfMachineTimedOut();
        var enteredTicks = Interlocked.Read(ref _virtualTicks);
        var enteredId = History.Keeps ? RecordStateEvent(state.EnteredEvent, state.Name, "input", input) : History.Add(state.EnteredEvent);
        if (scope is null)
        {
            return new StateScope(this, state, enteredId, enteredTicks, variables, mapItem);
        }

        if (first)
        {
            scope.Enter(state, enteredId, enteredTicks, variables, mapItem);
            first = false;
        }
        else
        {
            scope.Enter(state, enteredId, enteredTicks);
        }

        return scope;
    }

    /// <summary>State exit: the payload limit and the Exited event.</summary>
    private void ExitState(StateNode state, JsonNode? output, StateScope scope)
    {
        if (output is not null && ExceedsLimit(output))
        {
            throw scope.Failure(StatesErrorNames.DataLimitExceeded, "The state/task '" + state.Name + "' returned a result with a size exceeding the maximum number of bytes service limit.");
        }

        if (History.Keeps)
        {
            RecordStateEvent(state.ExitedEvent, state.Name, "output", output);
        }
        else
        {
            History.Add(state.ExitedEvent);
        }
    }

    /// <summary>Records a state event with details (kept out of the hot loop so no closure is allocated there).</summary>
    private long RecordStateEvent(string type, string name, string field, JsonNode? payload) =>
        History.Add(type, () => new JsonObject { ["name"] = name, [field] = JsonValues.ToJson(payload) });

    /// <summary>Records a Map iteration event with details.</summary>
    internal long RecordIterationEvent(string type, string name, int index) =>
        History.Add(type, () => new JsonObject { ["name"] = name, ["index"] = index });

    private static void RuntimeHelpersGuard() => System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();

    internal JsonObject BuildContext(StateScope scope, JsonObject? mapItem)
    {
        var ctx = new JsonObject
        {
            ["Execution"] = new JsonObject
            {
                ["Id"] = _execution.Arn,
                ["Input"] = _input?.DeepClone(),
                ["StartTime"] = Iso(_startTime),
                ["Name"] = _execution.Name,
                [nameof(RoleArn)] = RoleArn,
                ["RedriveCount"] = 0,
            },
            ["StateMachine"] = new JsonObject { ["Id"] = _machine.Arn, ["Name"] = _machine.Name },
            ["State"] = new JsonObject { ["Name"] = scope.State.Name, ["EnteredTime"] = Iso(scope.EnteredTime) },
        };
        if (_options.Express)
        {
            ((JsonObject)ctx["Execution"]!).Remove("RedriveCount");
        }

        if (scope.State is TaskState)
        {
            ((JsonObject)ctx["State"]!)["RetryCount"] = scope.RetryCount;
        }

        if (scope.TaskToken is not null)
        {
            ctx["Task"] = new JsonObject { ["Token"] = scope.TaskToken };
        }

        if (mapItem is not null)
        {
            ctx["Map"] = new JsonObject { ["Item"] = mapItem.DeepClone() };
        }

        if (_options.ContextOverrides is { } extra)
        {
            foreach (var (key, value) in extra)
            {
                ctx[key] = value?.DeepClone();
            }
        }

        return ctx;
    }

    internal static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Waits on the clock, or advances the virtual clock.</summary>
    internal async Task DelayAsync(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return;
        }

        if (Options.VirtualTime)
        {
            Interlocked.Add(ref _virtualTicks, duration.Ticks);
            return;
        }

        await Task.Delay(duration, Options.Clock).ConfigureAwait(false);
    }
}

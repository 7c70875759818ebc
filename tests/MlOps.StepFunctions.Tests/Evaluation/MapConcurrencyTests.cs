using System.Text.Json.Nodes;
using MlOps.StepFunctions.Integrations;

namespace MlOps.StepFunctions.Tests.Evaluation;

/// <summary>Map iterations run side by side (pure ones on several cores, task ones up to MaxConcurrency) with the sequential results.</summary>
public sealed class MapConcurrencyTests
{
    private const string PureMap = """
        {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","MaxConcurrency":MC,
          "ItemProcessor":{"StartAt":"Shape","States":{
            "Shape":{"Type":"Pass","Parameters":{"id.$":"$.id","label.$":"States.Format('c-{}', $.id)"},"Next":"Route"},
            "Route":{"Type":"Choice","Choices":[{"Variable":"$.id","NumericEquals":FAILAT,"Next":"Boom"}],"Default":"Done"},
            "Boom":{"Type":"Fail","Error":"Item.Bad","Cause":"bad item"},
            "Done":{"Type":"Pass","Result":{"ok":true},"ResultPath":"$.r","End":true}}},
          "Next":"After"},
          "After":{"Type":"Pass","Parameters":{"n.$":"States.ArrayLength($)","last.$":"$[-1:]"},"Next":"Check"},
          "Check":{"Type":"Choice","Choices":[{"Variable":"$.missing","IsPresent":true,"Next":"X"}],"Default":"Tail"},
          "X":{"Type":"Succeed"},
          "Tail":{"Type":"Pass","InputPath":"$.nope","End":true}}}
        """;

    private static string Items(int n) =>
        new JsonObject { ["items"] = new JsonArray([.. Enumerable.Range(0, n).Select(i => (JsonNode)new JsonObject { ["id"] = i })]) }.ToJsonString();

    private static async Task<ExecutionResult> RunAsync(string definition, string input, bool recordHistory)
    {
        var engine = new StepFunctionsEngine(new EngineOptions { RecordHistory = recordHistory, VirtualTime = true, PayloadLimitBytes = 0 });
        return await engine.Load(definition).RunAsync(JsonNode.Parse(input));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3000)]
    [InlineData(4999)]
    public async Task Pure_map_over_many_items_fails_or_succeeds_exactly_as_the_sequential_run(int failAt)
    {
        var input = Items(5000);
        var parallel = PureMap.Replace("MC", "0", StringComparison.Ordinal).Replace("FAILAT", failAt.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var sequential = parallel.Replace("\"MaxConcurrency\":0", "\"MaxConcurrency\":1", StringComparison.Ordinal);

        var fast = await RunAsync(parallel, input, recordHistory: false);
        var slow = await RunAsync(sequential, input, recordHistory: false);
        var recorded = await RunAsync(parallel, input, recordHistory: true);

        // The last state fails on purpose: its cause carries the event id, which must be the sequential one.
        Assert.Equal(ExecutionStatus.Failed, fast.Status);
        Assert.Equal(slow.Error, fast.Error);
        Assert.Equal(slow.Cause, fast.Cause);
        Assert.Equal(recorded.Cause, fast.Cause);
        Assert.Equal(failAt < 0 ? "States.Runtime" : "Item.Bad", fast.Error);
    }

    [Fact]
    public async Task Pure_map_keeps_item_order_in_its_results()
    {
        var definition = """
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
              "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"v.$":"States.MathAdd($.id, 1)"},"End":true}}},"End":true}}}
            """;
        var result = await RunAsync(definition, Items(10_000), recordHistory: false);

        var output = Assert.IsType<JsonArray>(result.Output);
        Assert.Equal(10_000, output.Count);
        Assert.All(Enumerable.Range(0, 10_000), i => Assert.Equal(i + 1, output[i]!["v"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData(0, 6)]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    public async Task Task_iterations_run_side_by_side_up_to_MaxConcurrency(int maxConcurrency, int expectedPeak)
    {
        var handler = new GatedHandler(expectedPeak);
        var handlers = new ResourceHandlerRegistry().Register("arn:aws:lambda:", handler);
        var definition = """
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":MC,
              "ItemProcessor":{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","End":true}}},"End":true}}}
            """.Replace("MC", maxConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var (result, execution) = await TestEngine.RunAsync(definition, "[1,2,3,4,5,6]", handlers);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("[1,2,3,4,5,6]", TestEngine.Json(result.Output));
        Assert.Equal(expectedPeak, handler.Peak);
        Assert.Equal(6, execution.History.Count(e => e.Type == "MapIterationSucceeded"));
    }

    [Fact]
    public async Task A_failed_task_iteration_stops_new_ones_and_fails_the_map()
    {
        var handler = new GatedHandler(2, failOn: 2);
        var handlers = new ResourceHandlerRegistry().Register("arn:aws:lambda:", handler);
        var definition = """
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":2,
              "ItemProcessor":{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","End":true}}},"End":true}}}
            """;

        var (result, execution) = await TestEngine.RunAsync(definition, "[1,2,3,4,5,6,7,8]", handlers);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("Item.Failed", result.Error);
        Assert.True(handler.Calls < 8, "iterations kept starting after the failure: " + handler.Calls);
        Assert.Single(execution.History, e => e.Type == "MapStateFailed");
    }

    [Fact]
    public async Task Parallel_branches_with_tasks_run_side_by_side_and_keep_branch_order()
    {
        var handler = new GatedHandler(3);
        var handlers = new ResourceHandlerRegistry().Register("arn:aws:lambda:", handler);
        static string Branch(int n) => "{\"StartAt\":\"S\",\"States\":{\"S\":{\"Type\":\"Pass\",\"Result\":" + n + ",\"Next\":\"T\"},"
            + "\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:f\",\"End\":true}}}";
        var definition = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"Branches\":[" + Branch(1) + "," + Branch(2) + "," + Branch(3) + "],\"End\":true}}}";

        var (result, _) = await TestEngine.RunAsync(definition, "{}", handlers);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("[1,2,3]", TestEngine.Json(result.Output));
        Assert.Equal(3, handler.Peak);
    }

    /// <summary>Answers only once <c>width</c> calls are in flight together (or all remaining ones are), recording the peak.</summary>
    private sealed class GatedHandler(int width, int failOn = -1) : IResourceHandler
    {
        private readonly Lock _lock = new();
        private readonly List<TaskCompletionSource> _waiting = [];
        private int _inFlight;

        public int Peak { get; private set; }

        public int Calls { get; private set; }

        public async ValueTask<TaskOutcome> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_lock)
            {
                Calls++;
                _inFlight++;
                Peak = Math.Max(Peak, _inFlight);
                _waiting.Add(gate);
                if (_waiting.Count >= width)
                {
                    _waiting.ForEach(w => w.TrySetResult());
                    _waiting.Clear();
                }
            }

            // Whoever is still waiting alone after a moment is released too (the last, smaller group).
            await Task.WhenAny(gate.Task, Task.Delay(200, cancellationToken));
            lock (_lock)
            {
                _waiting.Remove(gate);
                _inFlight--;
            }

            var value = request.Parameters?.GetValue<int>() ?? 0;
            return value == failOn ? TaskOutcome.Failed("Item.Failed", "item " + value) : TaskOutcome.Succeeded(request.Parameters?.DeepClone());
        }
    }
}

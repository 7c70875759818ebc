using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Json;

namespace MlOps.StepFunctions.Integrations;

/// <summary>
/// Scripts Task results with the Step Functions Local mock-config format: <c>StateMachines.&lt;name&gt;.TestCases.&lt;case&gt;</c>
/// maps state names to entries of <c>MockedResponses</c>, whose keys are attempt numbers or ranges (<c>"0"</c>,
/// <c>"1-2"</c>) holding <c>{"Return": …}</c> or <c>{"Throw": {"Error", "Cause"}}</c>. States not in the test case go
/// to <paramref name="fallback"/>. Register it for the prefix <c>arn:</c> with every pattern.
/// </summary>
public sealed class MockConfigHandler(JsonObject config, string stateMachineName, string testCase, IResourceHandler? fallback = null)
    : IResourceHandler
{
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);

    /// <summary>Parses the mock-config file text.</summary>
    public static MockConfigHandler FromJson(string json, string stateMachineName, string testCase, IResourceHandler? fallback = null) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new FormatException("the mock config must be a JSON object"),
            stateMachineName, testCase, fallback);

    /// <inheritdoc/>
    public ValueTask<TaskOutcome> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var responseName = config["StateMachines"]?[stateMachineName]?["TestCases"]?[testCase]?[request.StateName];
        if (!JsonValues.TryGetString(responseName, out var name))
        {
            return fallback?.InvokeAsync(request, cancellationToken)
                   ?? throw new TaskFailedException("States.Runtime", "no mocked response for state '" + request.StateName + "'");
        }

        var attempt = _attempts.AddOrUpdate(request.StateName, 0, (_, n) => n + 1);
        var responses = config["MockedResponses"]?[name] as JsonObject
                        ?? throw new TaskFailedException("States.Runtime", "MockedResponses has no entry '" + name + "'");
        foreach (var (key, value) in responses)
        {
            if (!Covers(key, attempt) || value is not JsonObject entry)
            {
                continue;
            }

            if (entry["Throw"] is JsonObject thrown)
            {
                return ValueTask.FromResult(TaskOutcome.Failed(
                    JsonValues.TryGetString(thrown["Error"], out var e) ? e : "States.TaskFailed",
                    JsonValues.TryGetString(thrown["Cause"], out var c) ? c : null));
            }

            return ValueTask.FromResult(TaskOutcome.Succeeded(entry["Return"]?.DeepClone()));
        }

        throw new TaskFailedException("States.Runtime",
            string.Create(CultureInfo.InvariantCulture, $"mocked response '{name}' has no entry for attempt {attempt}"));
    }

    private static bool Covers(string key, int attempt)
    {
        var dash = key.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n == attempt;
        }

        return int.TryParse(key.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var from)
               && int.TryParse(key.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var to)
               && attempt >= from && attempt <= to;
    }
}

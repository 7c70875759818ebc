using System.Text.Json;
using System.Text.Json.Nodes;
using MlOps.Local.Services.Executions;
using MlOps.Local.Services.Hosting;
using MlOps.Local.Template.Model;

namespace MlOps.Local.Services.Api;

/// <summary>
/// The Step Functions API (AWS JSON 1.0, <c>X-Amz-Target: AWSStepFunctions.&lt;Operation&gt;</c>) over the local cloud, so
/// the AWS CLI and SDKs pointed at <c>--endpoint-url</c> start, watch and answer executions as on AWS. Timestamps are
/// epoch seconds, as the JSON protocol sends them.
/// </summary>
public sealed class StepFunctionsApi(LocalCloud cloud)
{
    /// <summary>The target prefix of every operation.</summary>
    public const string TargetPrefix = "AWSStepFunctions.";

    /// <summary>Runs one operation; throws <see cref="StepFunctionsApiException"/> with AWS's error code on bad requests.</summary>
    public Task<JsonObject> HandleAsync(string? target, JsonObject request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = target is not null && target.StartsWith(TargetPrefix, StringComparison.Ordinal) ? target[TargetPrefix.Length..] : null;
        return operation switch
        {
            "ListStateMachines" => Task.FromResult(ListStateMachines()),
            "DescribeStateMachine" => Task.FromResult(DescribeStateMachine(request)),
            "StartExecution" => StartExecutionAsync(request, cancellationToken),
            "StartSyncExecution" => StartSyncExecutionAsync(request, cancellationToken),
            "DescribeExecution" => Task.FromResult(Describe(RequireExecution(request))),
            "ListExecutions" => Task.FromResult(ListExecutions(request)),
            "GetExecutionHistory" => Task.FromResult(GetExecutionHistory(request)),
            "SendTaskSuccess" => Task.FromResult(SendTaskSuccess(request)),
            "SendTaskFailure" => Task.FromResult(SendTaskFailure(request)),
            _ => throw new StepFunctionsApiException("UnknownOperationException", $"Unknown operation '{target}' (expected {TargetPrefix}<Operation>)"),
        };
    }

    private JsonObject ListStateMachines() => new()
    {
        ["stateMachines"] = new JsonArray([.. cloud.Template.StateMachines.Select(m => (JsonNode)new JsonObject
        {
            ["stateMachineArn"] = m.Arn,
            ["name"] = m.Name,
            ["type"] = m.Type,
            ["creationDate"] = Epoch(Created),
        })]),
    };

    private JsonObject DescribeStateMachine(JsonObject request)
    {
        var machine = RequireMachine(request);
        return new JsonObject
        {
            ["stateMachineArn"] = machine.Arn,
            ["name"] = machine.Name,
            ["status"] = "ACTIVE",
            ["definition"] = machine.Definition,
            ["roleArn"] = "arn:aws:iam::123456789012:role/" + machine.Name,
            ["type"] = machine.Type,
            ["creationDate"] = Epoch(Created),
        };
    }

    private async Task<JsonObject> StartExecutionAsync(JsonObject request, CancellationToken cancellationToken)
    {
        var (arn, record) = await StartAsync(request, cancellationToken);
        return new JsonObject { ["executionArn"] = arn, ["startDate"] = Epoch(record?.StartDate ?? DateTimeOffset.UtcNow) };
    }

    private async Task<JsonObject> StartSyncExecutionAsync(JsonObject request, CancellationToken cancellationToken)
    {
        var (arn, _) = await StartAsync(request, cancellationToken);
        return Describe(await cloud.WaitAsync(arn, cancellationToken));
    }

    private async Task<(string Arn, ExecutionRecord? Record)> StartAsync(JsonObject request, CancellationToken cancellationToken)
    {
        var machine = RequireMachine(request);
        var name = Text(request, "name") ?? Guid.NewGuid().ToString();
        var inputText = Text(request, "input") ?? "{}";
        JsonNode input;
        try
        {
            input = JsonNode.Parse(inputText) ?? new JsonObject();
        }
        catch (JsonException ex)
        {
            throw new StepFunctionsApiException("InvalidExecutionInput", "input is not valid JSON: " + ex.Message);
        }

        var (arn, started) = await cloud.StartExecutionAsync(machine.Arn, name, input, cancellationToken);
        var record = cloud.Executions.Find(arn);
        if (!started && record?.Input is { } previous && !JsonNode.DeepEquals(JsonNode.Parse(previous), input))
        {
            throw new StepFunctionsApiException("ExecutionAlreadyExists", $"Execution already exists: '{arn}' (with another input)");
        }

        return (arn, record);
    }

    private JsonObject ListExecutions(JsonObject request)
    {
        var machine = RequireMachine(request);
        var filter = Text(request, "statusFilter");
        var executions = cloud.Executions.List(machine.Arn)
            .Where(e => filter is null || e.Status == filter)
            .OrderByDescending(e => e.StartDate)
            .Select(e => (JsonNode)Summary(e));
        return new JsonObject { ["executions"] = new JsonArray([.. executions]) };
    }

    private JsonObject GetExecutionHistory(JsonObject request)
    {
        var record = RequireExecution(request);
        var events = cloud.Live(record.ExecutionArn) is { } live
            ? LocalCloud.HistoryJson(live.History)
            : cloud.Executions.History(record.ExecutionArn) ?? [];
        var list = events.Select(e => (JsonNode?)ApiEvent(e!.AsObject())).ToList();
        if (request["reverseOrder"] is JsonValue reverse && reverse.TryGetValue<bool>(out var r) && r)
        {
            list.Reverse();
        }

        return new JsonObject { ["events"] = new JsonArray([.. list]) };
    }

    private JsonObject SendTaskSuccess(JsonObject request)
    {
        var token = RequireToken(request);
        var output = Text(request, "output") ?? throw new StepFunctionsApiException("ValidationException", "output is required");
        try
        {
            JsonNode.Parse(output);
        }
        catch (JsonException ex)
        {
            throw new StepFunctionsApiException("InvalidOutput", "output is not valid JSON: " + ex.Message);
        }

        cloud.Mailbox.SendSuccess(token, output);
        return [];
    }

    private JsonObject SendTaskFailure(JsonObject request)
    {
        cloud.Mailbox.SendFailure(RequireToken(request), Text(request, "error"), Text(request, "cause"));
        return [];
    }

    private string RequireToken(JsonObject request)
    {
        var token = Text(request, "taskToken") ?? throw new StepFunctionsApiException("ValidationException", "taskToken is required");
        return cloud.Mailbox.ListPending().Any(p => p["taskToken"]?.ToString() == token)
            ? token
            : throw new StepFunctionsApiException("TaskDoesNotExist", "No task is waiting for this token");
    }

    private LocalStateMachine RequireMachine(JsonObject request)
    {
        var arn = Text(request, "stateMachineArn") ?? throw new StepFunctionsApiException("ValidationException", "stateMachineArn is required");
        return cloud.Template.FindStateMachine(arn) ?? throw new StepFunctionsApiException("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
    }

    private ExecutionRecord RequireExecution(JsonObject request)
    {
        var arn = Text(request, "executionArn") ?? throw new StepFunctionsApiException("ValidationException", "executionArn is required");
        return cloud.Executions.Find(arn) ?? throw new StepFunctionsApiException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }

    private static JsonObject Describe(ExecutionRecord e)
    {
        var o = Summary(e);
        o["input"] = e.Input;
        o["inputDetails"] = new JsonObject { ["included"] = true };
        if (e.Output is not null)
        {
            o["output"] = e.Output;
            o["outputDetails"] = new JsonObject { ["included"] = true };
        }

        if (e.Error is not null)
        {
            o["error"] = e.Error;
        }

        if (e.Cause is not null)
        {
            o["cause"] = e.Cause;
        }

        return o;
    }

    private static JsonObject Summary(ExecutionRecord e)
    {
        var o = new JsonObject
        {
            ["executionArn"] = e.ExecutionArn,
            ["stateMachineArn"] = e.StateMachineArn,
            ["name"] = e.Name,
            ["status"] = e.Status,
            ["startDate"] = Epoch(e.StartDate),
        };
        if (e.StopDate is { } stop)
        {
            o["stopDate"] = Epoch(stop);
        }

        return o;
    }

    /// <summary>A stored event with its ISO timestamp as epoch seconds.</summary>
    private static JsonObject ApiEvent(JsonObject stored)
    {
        var copy = stored.DeepClone().AsObject();
        if (copy["timestamp"] is JsonValue t && t.TryGetValue<string>(out var iso)
            && DateTimeOffset.TryParse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var when))
        {
            copy["timestamp"] = Epoch(when);
        }

        return copy;
    }

    /// <summary>Local machines are "created" with the template they come from.</summary>
    private DateTimeOffset Created => File.GetLastWriteTimeUtc(cloud.Template.Path);

    private static double Epoch(DateTimeOffset time) => time.ToUnixTimeMilliseconds() / 1000.0;

    private static string? Text(JsonObject request, string field) =>
        request[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}

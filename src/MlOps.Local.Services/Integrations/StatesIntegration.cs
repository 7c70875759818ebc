using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.Local.Services.Hosting;
using MlOps.StepFunctions.Integrations;

namespace MlOps.Local.Services.Integrations;

/// <summary>
/// <c>arn:aws:states:::states:startExecution</c>: request-response returns <c>{ExecutionArn, StartDate}</c>;
/// <c>.sync</c> waits and returns DescribeExecution (output as a string), <c>.sync:2</c> with the output parsed.
/// An existing name is <c>StepFunctions.ExecutionAlreadyExistsException</c>.
/// </summary>
public sealed class StatesIntegration(LocalCloud cloud) : IResourceHandler
{
    /// <summary>Registers the integration.</summary>
    public void RegisterOn(ResourceHandlerRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Register("arn:aws:states:::states:startExecution", this,
            IntegrationPattern.RequestResponse | IntegrationPattern.Sync | IntegrationPattern.Sync2);
    }

    /// <inheritdoc />
    public async ValueTask<TaskOutcome> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var p = request.Parameters as JsonObject ?? [];
        var machineArn = p["StateMachineArn"]?.ToString() ?? string.Empty;
        if (cloud.Template.FindStateMachine(machineArn) is null)
        {
            return TaskOutcome.Failed("StepFunctions.StateMachineDoesNotExistException", $"State Machine Does Not Exist: '{machineArn}'");
        }

        var name = p["Name"]?.ToString() ?? Guid.NewGuid().ToString();
        var input = p["Input"] switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => JsonNode.Parse(s) ?? new JsonObject(),
            { } node => node.DeepClone(),
            null => new JsonObject(),
        };
        var (arn, started) = await cloud.StartExecutionAsync(machineArn, name, input, cancellationToken);
        if (!started)
        {
            return TaskOutcome.Failed("StepFunctions.ExecutionAlreadyExistsException", $"Execution Already Exists: '{arn}'");
        }

        if (request.Pattern == IntegrationPattern.RequestResponse)
        {
            return TaskOutcome.Succeeded(new JsonObject
            {
                ["ExecutionArn"] = arn,
                ["StartDate"] = request.Clock.GetUtcNow().ToUnixTimeMilliseconds(),
            });
        }

        var record = await cloud.WaitAsync(arn, cancellationToken);
        var description = new JsonObject
        {
            ["ExecutionArn"] = record.ExecutionArn,
            ["StateMachineArn"] = record.StateMachineArn,
            ["Name"] = record.Name,
            ["Status"] = record.Status,
            ["StartDate"] = record.StartDate.ToUnixTimeMilliseconds(),
            ["StopDate"] = record.StopDate?.ToUnixTimeMilliseconds(),
            ["Input"] = request.Pattern == IntegrationPattern.Sync2 ? JsonNode.Parse(record.Input ?? "{}") : record.Input,
            ["Output"] = request.Pattern == IntegrationPattern.Sync2 && record.Output is not null ? JsonNode.Parse(record.Output) : record.Output,
        };
        return record.Status == "SUCCEEDED"
            ? TaskOutcome.Succeeded(description)
            : TaskOutcome.Failed("States.TaskFailed", string.Create(CultureInfo.InvariantCulture, $"{description.ToJsonString()}"));
    }
}

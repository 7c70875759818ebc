using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlOps.Local.Services.Executions;
using MlOps.Local.Services.Hosting;

namespace MlOps.Cli.Cloud;

/// <summary><c>mlops start-execution</c> and <c>mlops executions list|describe|history</c> (the console, as text or JSON).</summary>
internal static class ExecutionCommands
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static Command CreateStart()
    {
        var cloud = new CloudOptions();
        var machine = new Argument<string>("state-machine") { Description = "Logical id, name or ARN (e.g. TrainingPipeline)" };
        var input = new Option<string>("--input") { Description = "Input JSON or @file", DefaultValueFactory = _ => "{}" };
        var name = new Option<string?>("--name") { Description = "Execution name (default: a new UUID)" };
        var command = new Command("start-execution", "Start an execution, wait for it, print DescribeExecution") { machine, input, name };
        cloud.AddTo(command);
        command.SetGuardedAction(async (parse, io, ct) =>
        {
            var inputNode = JsonNode.Parse(InputFiles.JsonArgument(parse.GetValue(input)!, "--input")) ?? new JsonObject();
            await using var local = await LocalCloud.StartAsync(cloud.Resolve(parse), ct);
            var target = local.Template.FindStateMachine(parse.GetValue(machine)!)
                ?? throw new CliException($"'{parse.GetValue(machine)}' is not a state machine of the template");
            var (arn, started) = await local.StartExecutionAsync(target.Arn, parse.GetValue(name) ?? Guid.NewGuid().ToString(), inputNode, ct);
            if (!started)
            {
                throw new CliException($"ExecutionAlreadyExists: {arn}");
            }

            var record = await local.WaitAsync(arn, ct);
            await io.Output.WriteLineAsync(JsonSerializer.Serialize(record, Indented));
            return record.Status == "SUCCEEDED" ? 0 : 1;
        });
        return command;
    }

    public static Command CreateGroup()
    {
        var cloud = new CloudOptions();
        var group = new Command("executions", "List, describe and show the history of executions (persisted under --home)");

        var machine = new Option<string?>("--state-machine") { Description = "Only executions of this machine ARN" };
        var list = new Command("list", "List executions, newest first") { machine };
        cloud.AddTo(list);
        list.SetGuardedAction(async (parse, io, ct) =>
        {
            var store = new ExecutionStore(cloud.HomeOf(parse));
            foreach (var r in store.List(parse.GetValue(machine)))
            {
                await io.Output.WriteLineAsync($"{r.StartDate:yyyy-MM-ddTHH:mm:ssZ}  {r.Status,-9}  {r.Name}  {r.StateMachineArn.Split(':')[^1]}");
            }

            return 0;
        });

        var describeArn = new Argument<string>("execution") { Description = "Execution ARN or name" };
        var describe = new Command("describe", "DescribeExecution as JSON") { describeArn };
        cloud.AddTo(describe);
        describe.SetGuardedAction(async (parse, io, ct) =>
        {
            var record = Find(new ExecutionStore(cloud.HomeOf(parse)), parse.GetValue(describeArn)!);
            await io.Output.WriteLineAsync(JsonSerializer.Serialize(record, Indented));
            return 0;
        });

        var historyArn = new Argument<string>("execution") { Description = "Execution ARN or name" };
        var history = new Command("history", "GetExecutionHistory as JSON") { historyArn };
        cloud.AddTo(history);
        history.SetGuardedAction(async (parse, io, ct) =>
        {
            var store = new ExecutionStore(cloud.HomeOf(parse));
            var record = Find(store, parse.GetValue(historyArn)!);
            var events = store.History(record.ExecutionArn) ?? throw new CliException($"{record.Name} has no recorded history yet ({record.Status})");
            await io.Output.WriteLineAsync(new JsonObject { ["events"] = events.DeepClone() }.ToJsonString(Indented));
            return 0;
        });

        group.Add(list);
        group.Add(describe);
        group.Add(history);
        return group;
    }

    private static ExecutionRecord Find(ExecutionStore store, string arnOrName) =>
        (arnOrName.StartsWith("arn:", StringComparison.Ordinal)
            ? store.Find(arnOrName)
            : store.List().FirstOrDefault(r => r.Name == arnOrName))
        ?? throw new CliException($"execution '{arnOrName}' not found");
}

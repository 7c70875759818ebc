using System.CommandLine;
using MlOps.Local.Services.Tasks;

namespace MlOps.Cli.Cloud;

/// <summary><c>mlops send-task-success|send-task-failure</c>: answers a <c>.waitForTaskToken</c> task (e.g. the manual approval).</summary>
internal static class TaskTokenCommands
{
    public static Command CreateSuccess()
    {
        var cloud = new CloudOptions();
        var token = new Option<string>("--task-token") { Description = "The task token", Required = true };
        var output = new Option<string>("--task-output") { Description = "Output JSON or @file", DefaultValueFactory = _ => "{}" };
        var command = new Command("send-task-success", "Complete a waiting task with an output") { token, output };
        cloud.AddTo(command);
        command.SetGuardedAction(async (parse, io, ct) =>
        {
            new TaskTokenMailbox(cloud.HomeOf(parse), TimeProvider.System).SendSuccess(parse.GetValue(token)!, InputFiles.JsonArgument(parse.GetValue(output)!, "--task-output"));
            await io.Output.WriteLineAsync("sent");
            return 0;
        });
        return command;
    }

    public static Command CreateFailure()
    {
        var cloud = new CloudOptions();
        var token = new Option<string>("--task-token") { Description = "The task token", Required = true };
        var error = new Option<string?>("--error") { Description = "Error name" };
        var cause = new Option<string?>("--cause") { Description = "Cause" };
        var command = new Command("send-task-failure", "Fail a waiting task") { token, error, cause };
        cloud.AddTo(command);
        command.SetGuardedAction(async (parse, io, ct) =>
        {
            new TaskTokenMailbox(cloud.HomeOf(parse), TimeProvider.System).SendFailure(parse.GetValue(token)!, parse.GetValue(error), parse.GetValue(cause));
            await io.Output.WriteLineAsync("sent");
            return 0;
        });
        return command;
    }
}

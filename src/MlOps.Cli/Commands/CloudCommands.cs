using System.CommandLine;
using MlOps.Cli.Cloud;

namespace MlOps.Cli.Commands;

/// <summary>Adds the local cloud commands: <c>run, invoke, generate-event, start-execution, executions, send-task-*, models, validate, serve</c>.</summary>
internal static class CloudCommands
{
    /// <summary>Registers the commands on <paramref name="root"/>.</summary>
    public static void AddTo(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Add(RunCommand.Create());
        root.Add(InvokeCommand.Create());
        root.Add(GenerateEventCommand.Create());
        root.Add(ExecutionCommands.CreateStart());
        root.Add(ExecutionCommands.CreateGroup());
        root.Add(TaskTokenCommands.CreateSuccess());
        root.Add(TaskTokenCommands.CreateFailure());
        root.Add(ModelsCommand.Create());
        root.Add(ValidateCommand.Create());
        root.Add(ServeCommand.Create());
    }
}

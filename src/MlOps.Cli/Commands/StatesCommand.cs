using System.CommandLine;
using MlOps.Cli.Commands.States;

namespace MlOps.Cli.Commands;

/// <summary>Adds the <c>states run (the ASL engine, for scoring)</c> commands.</summary>
internal static class StatesCommand
{
    /// <summary>Registers the commands on <paramref name="root"/>.</summary>
    public static void AddTo(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var definition = new Option<FileInfo>("--definition") { Description = "ASL definition file (JSON)", Required = true };
        var input = new Option<FileInfo?>("--input") { Description = "execution input file (JSON); default {}" };
        var context = new Option<FileInfo?>("--context") { Description = "JSON object merged into the context object" };
        var type = new Option<string?>("--type")
        {
            Description = "STANDARD or EXPRESS (CreateStateMachine's type; default: a meta.json beside the definition, else STANDARD)",
        };
        type.AcceptOnlyFromAmong("STANDARD", "EXPRESS");
        var run = new Command("run", "Run a state machine locally and print {status, output | error, cause} as JSON")
        {
            definition, input, context, type,
        };
        run.SetAction(async (parse, cancellationToken) =>
            await StatesRunner.RunAsync(parse.GetValue(definition)!, parse.GetValue(input), parse.GetValue(context),
                parse.GetValue(type), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error).ConfigureAwait(false));
        var states = new Command("states", "The local Step Functions engine") { run };
        root.Subcommands.Add(states);
    }
}

using System.CommandLine;
using MlOps.Cli.Commands.Jsonata;

namespace MlOps.Cli.Commands;

/// <summary>Adds the <c>jsonata eval (the JSONata evaluator, for scoring)</c> commands.</summary>
internal static class JsonataCommand
{
    /// <summary>Registers the commands on <paramref name="root"/>.</summary>
    public static void AddTo(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var batch = new Option<bool>("--batch") { Description = "Answer one request per stdin line (also when JSONATA_BATCH=1)." };
        var eval = new Command("eval", "Evaluate JSONata requests from stdin (conformance protocol: {expr, data?, bindings, timelimit?, depth?, id?}).");
        eval.Options.Add(batch);
        eval.SetAction(parse =>
        {
            var isBatch = parse.GetValue(batch) || Environment.GetEnvironmentVariable("JSONATA_BATCH") == "1";
            return EvalProtocol.Run(Console.In, Console.Out, isBatch);
        });
        var jsonata = new Command("jsonata", "The JSONata 2.0 evaluator.");
        jsonata.Subcommands.Add(eval);
        root.Subcommands.Add(jsonata);
    }
}

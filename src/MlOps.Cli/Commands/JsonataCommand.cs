using System.CommandLine;

namespace MlOps.Cli.Commands;

/// <summary>Adds the <c>jsonata eval (the JSONata evaluator, for scoring)</c> commands.</summary>
internal static class JsonataCommand
{
    /// <summary>Registers the commands on <paramref name="root"/>.</summary>
    public static void AddTo(RootCommand root) => ArgumentNullException.ThrowIfNull(root);
}

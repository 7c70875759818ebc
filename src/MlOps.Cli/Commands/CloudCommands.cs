using System.CommandLine;

namespace MlOps.Cli.Commands;

/// <summary>Adds the <c>run, invoke, executions, models, validate (the local cloud)</c> commands.</summary>
internal static class CloudCommands
{
    /// <summary>Registers the commands on <paramref name="root"/>.</summary>
    public static void AddTo(RootCommand root) => ArgumentNullException.ThrowIfNull(root);
}

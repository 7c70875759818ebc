using System.CommandLine;

namespace MlOps.Cli.Commands;

/// <summary>Adds the <c>states run (the ASL engine, for scoring)</c> commands.</summary>
internal static class StatesCommand
{
    /// <summary>Registers the commands on <paramref name="root"/>.</summary>
    public static void AddTo(RootCommand root) => ArgumentNullException.ThrowIfNull(root);
}

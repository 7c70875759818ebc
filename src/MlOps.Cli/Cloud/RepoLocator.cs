namespace MlOps.Cli.Cloud;

/// <summary>Finds the repository (the folder with <c>template.yaml</c>) from the working directory or the CLI's own location.</summary>
internal static class RepoLocator
{
    private static readonly Lazy<string> RootLazy = new(Find);

    /// <summary>The repository root; the working directory when none is found.</summary>
    public static string Root => RootLazy.Value;

    /// <summary>The built functions bootstrap next to the CLI, if present.</summary>
    public static string? FunctionsBootstrap =>
        Path.Combine(AppContext.BaseDirectory, "MlOps.Functions.dll") is var dll && File.Exists(dll) ? dll : null;

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "template.yaml")) && Directory.Exists(Path.Combine(dir.FullName, "statemachines")))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

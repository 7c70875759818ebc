namespace MlOps.Testing;

/// <summary>Finds the repository root (the folder holding MlOps.sln) and its neighbours, walking up from the test binaries.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string?> RootLazy = new(() => FindUp(AppContext.BaseDirectory, "MlOps.sln"));

    /// <summary>The repository root, or null when the tests run outside a checkout.</summary>
    public static string? Root => RootLazy.Value;

    /// <summary>The repository root; throws when it cannot be found.</summary>
    public static string RequireRoot() =>
        Root ?? throw new DirectoryNotFoundException($"No MlOps.sln above {AppContext.BaseDirectory}.");

    /// <summary><c>../shared</c> next to the repository (real data, conformance suites), or null when absent.</summary>
    public static string? Shared => Root is { } root && Directory.Exists(Path.Combine(root, "..", "shared"))
        ? Path.GetFullPath(Path.Combine(root, "..", "shared"))
        : null;

    /// <summary>npm peers: <c>$MLOPS_NODE_MODULES</c>, else <c>&lt;repo&gt;/.ci/node_modules</c>, or null when absent.</summary>
    public static string? NodeModules
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("MLOPS_NODE_MODULES");
            if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
            {
                return fromEnv;
            }

            return Root is { } root && Directory.Exists(Path.Combine(root, ".ci", "node_modules")) ? Path.Combine(root, ".ci", "node_modules") : null;
        }
    }

    /// <summary>The first ancestor of <paramref name="start"/> (itself included) that contains <paramref name="fileName"/>.</summary>
    public static string? FindUp(string start, string fileName)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, fileName)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

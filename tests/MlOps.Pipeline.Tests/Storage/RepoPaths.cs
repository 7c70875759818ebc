namespace MlOps.Pipeline.Tests.Storage;

/// <summary>Finds the repository root (the folder holding MlOps.sln) and the npm peers.</summary>
internal static class RepoPaths
{
    public static string? Root { get; } = FindRoot();

    public static string? NodeModules
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("MLOPS_NODE_MODULES");
            if (!string.IsNullOrEmpty(fromEnv))
            {
                return fromEnv;
            }

            return Root is null ? null : Path.Combine(Root, ".ci", "node_modules");
        }
    }

    public static string? S3rverScript =>
        NodeModules is { } modules && File.Exists(Path.Combine(modules, "s3rver", "bin", "s3rver.js"))
            ? Path.Combine(modules, "s3rver", "bin", "s3rver.js")
            : null;

    public static string? Node =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "node"))
            .FirstOrDefault(File.Exists);

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MlOps.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

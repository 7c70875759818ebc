namespace MlOps.Jsonata.Tests.Support;

/// <summary>Finds <c>../shared</c> beside the repository root (the folder holding MlOps.sln).</summary>
internal static class SharedPaths
{
    public static string? SharedRoot { get; } = Find();

    public static string? JsonataSuite => SharedRoot is null ? null : Path.Combine(SharedRoot, "conformance", "jsonata");

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MlOps.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(Path.Combine(shared, "conformance", "jsonata", "suite")) ? shared : null;
            }
        }

        return null;
    }
}

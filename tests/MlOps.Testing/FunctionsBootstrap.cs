namespace MlOps.Testing;

/// <summary>Finds the built <c>MlOps.Functions</c> bootstrap (the program every function runs) for process tests.</summary>
public static class FunctionsBootstrap
{
    /// <summary>Path of <c>MlOps.Functions.dll</c> with its runtimeconfig, or null when it is not built.</summary>
    public static string? Find()
    {
        var local = Path.Combine(AppContext.BaseDirectory, "MlOps.Functions.dll");
        if (File.Exists(local) && File.Exists(Path.ChangeExtension(local, ".runtimeconfig.json")))
        {
            return local;
        }

        // UseArtifactsOutput: artifacts/bin/MlOps.Functions/<configuration>/, same configuration as the tests.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var built = RepoPaths.Root is { } root
            ? Path.Combine(root, "artifacts", "bin", "MlOps.Functions", configuration, "MlOps.Functions.dll")
            : null;
        return built is not null && File.Exists(built) ? built : null;
    }
}

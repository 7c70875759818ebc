namespace AslThroughput;

/// <summary>Finds the shared workload and the npm peer from the repository root.</summary>
internal static class BenchPaths
{
    public static (string WorkloadDir, string PeerDir)? Locate()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MlOps.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            return null;
        }

        var workload = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "bench", "asl-throughput"));
        var peer = Environment.GetEnvironmentVariable("MLOPS_NODE_MODULES") is { Length: > 0 } nm
            ? Path.GetDirectoryName(nm.TrimEnd('/'))!
            : Path.Combine(dir.FullName, ".ci");
        return Directory.Exists(workload) && Directory.Exists(Path.Combine(peer, "node_modules", "aws-local-stepfunctions"))
            ? (workload, peer)
            : null;
    }
}

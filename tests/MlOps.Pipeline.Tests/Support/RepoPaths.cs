namespace MlOps.Pipeline.Tests.Support;

/// <summary>Finds the repository root (the folder holding MlOps.sln) and ../shared beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string BankFile => Path.Combine(Shared, "data", "bank-marketing", "bank-additional-full.csv");

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MlOps.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("MlOps.sln not found above " + AppContext.BaseDirectory);
    }
}

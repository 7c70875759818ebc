namespace MlOps.Local.Template.Tests;

internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MlOps.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("MlOps.sln not found above the test directory");
        }
    }

    public static string Template => Path.Combine(Root, "template.yaml");
}

namespace MlOps.Local.Lambda.Processes;

/// <summary>How to start the built bootstrap: an executable (app host, <c>bootstrap</c>, Native AOT) or <c>dotnet x.dll</c>.</summary>
/// <param name="FileName">The program to start.</param>
/// <param name="Arguments">Its arguments.</param>
public sealed record BootstrapCommand(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Chooses <c>dotnet exec path</c> for a <c>.dll</c> and the file itself otherwise.</summary>
    /// <exception cref="FileNotFoundException">The path does not exist.</exception>
    public static BootstrapCommand For(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"The function bootstrap '{full}' does not exist; build or publish MlOps.Functions first.", full);
        }

        return full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new BootstrapCommand("dotnet", ["exec", full])
            : new BootstrapCommand(full, []);
    }
}

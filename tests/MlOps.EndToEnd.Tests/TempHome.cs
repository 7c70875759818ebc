namespace MlOps.EndToEnd.Tests;

internal sealed class TempHome : IDisposable
{
    public TempHome() => Path = Directory.CreateTempSubdirectory("mlops-e2e-").FullName;

    public string Path { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

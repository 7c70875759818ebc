namespace MlOps.Local.Services.Tests;

internal sealed class TempHome : IDisposable
{
    public TempHome() => Path = Directory.CreateTempSubdirectory("mlops-svc-").FullName;

    public string Path { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

namespace MlOps.Local.Template.Tests;

internal sealed class TempTemplate : IDisposable
{
    public TempTemplate(string yaml, params (string Name, string Text)[] files)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("mlops-tpl-").FullName;
        Path = System.IO.Path.Combine(Directory, "template.yaml");
        File.WriteAllText(Path, yaml);
        foreach (var (name, text) in files)
        {
            var full = System.IO.Path.Combine(Directory, name);
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    public string Directory { get; }

    public string Path { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

using System.Diagnostics;
using System.Text;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Pipeline.Tests.Storage;

/// <summary>
/// Proves the local store's conditional writes hold against another process: a Python process takes the key's lock
/// (flock, the same lock .NET takes for FileShare.None), and while our create-only PUT waits for it, writes the object
/// itself. Our PUT must then see the object and fail with PreconditionFailed, not overwrite it.
/// </summary>
public sealed class CrossProcessLockTests : IDisposable
{
    private const string Holder = """
        import fcntl, os, sys
        lock_path, target = sys.argv[1], sys.argv[2]
        os.makedirs(os.path.dirname(lock_path), exist_ok=True)
        f = open(lock_path, "a+")
        fcntl.flock(f, fcntl.LOCK_EX)
        print("locked", flush=True)
        sys.stdin.readline()
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w") as out:
            out.write("written by the other process")
        fcntl.flock(f, fcntl.LOCK_UN)
        print("released", flush=True)
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "mlops-xproc-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [PythonFact]
    public async Task A_create_only_put_waits_for_another_process_holding_the_key_and_then_loses()
    {
        var store = new LocalFolderObjectStore(_dir, "data");
        const string key = "models/m/versions/1/metadata.json";
        var start = new ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-c", Holder, store.LockPathOf(key), Path.Combine(_dir, "data", "models", "m", "versions", "1", "metadata.json") })
        {
            start.ArgumentList.Add(arg);
        }

        using var holder = Process.Start(start)!;
        try
        {
            Assert.Equal("locked", await holder.StandardOutput.ReadLineAsync());
            var put = store.PutBytesAsync(key, Encoding.UTF8.GetBytes("ours"), PutOptions.CreateOnly);
            await holder.StandardInput.WriteLineAsync("go");
            await holder.StandardInput.FlushAsync();
            Assert.Equal("released", await holder.StandardOutput.ReadLineAsync());

            await Assert.ThrowsAsync<PreconditionFailedException>(() => put);
            Assert.Equal("written by the other process", Encoding.UTF8.GetString(await store.ReadAllBytesAsync(key)));
        }
        finally
        {
            if (!holder.HasExited)
            {
                holder.Kill();
            }
        }
    }
}

public sealed class PythonFactAttribute : FactAttribute
{
    public PythonFactAttribute()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "python3")));
        if (!found)
        {
            Skip = "python3 is not on PATH; it plays the second process holding the lock.";
        }
    }
}

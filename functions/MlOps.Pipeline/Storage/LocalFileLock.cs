namespace MlOps.Pipeline.Storage;

/// <summary>
/// An exclusive lock on one object key that holds across processes: an OS file lock (<c>FileShare.None</c>, which
/// .NET maps to <c>flock(LOCK_EX)</c> on Unix) on a lock file outside the bucket folder. Lock files are never
/// deleted, so two writers can never lock two different files for the same key.
/// </summary>
internal sealed class LocalFileLock : IDisposable
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);
    private readonly FileStream _handle;

    private LocalFileLock(FileStream handle) => _handle = handle;

    /// <summary>Waits (polling with a short back-off) until the lock is free, then takes it.</summary>
    public static async Task<LocalFileLock> AcquireAsync(string lockPath, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        var started = DateTime.UtcNow;
        var delay = 1;
        while (true)
        {
            try
            {
                return new LocalFileLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
            }
            catch (IOException) when (DateTime.UtcNow - started < MaxWait)
            {
                // Held by another writer (this or another process): back off and try again.
                await Task.Delay(delay, cancellationToken);
                delay = Math.Min(delay * 2, 50);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _handle.Dispose();
}

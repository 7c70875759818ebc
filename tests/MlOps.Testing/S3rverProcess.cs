using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MlOps.Testing;

/// <summary>
/// A real s3rver (npm) on 127.0.0.1 on a free port, storing under a temp folder; stopped and cleaned up on dispose.
/// Use with <see cref="S3rverFactAttribute"/>, which skips the test when node or s3rver is missing.
/// </summary>
public sealed class S3rverProcess : IDisposable
{
    private readonly Process _process;

    /// <summary>Starts s3rver, optionally with buckets created up front, and waits until it listens.</summary>
    public S3rverProcess(params string[] buckets)
    {
        var node = Node ?? throw new InvalidOperationException("node is not on PATH");
        var script = Script ?? throw new InvalidOperationException("s3rver is not installed (cd .ci && npm ci)");
        Directory.CreateDirectory(DataDirectory);
        Port = FreePort();
        var start = new ProcessStartInfo(node) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // s3rver encrypts continuation tokens with DES, which OpenSSL 3 only offers through its legacy provider.
        string[] arguments = ["--openssl-legacy-provider", script, "-d", DataDirectory, "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent"];
        foreach (var argument in arguments.Concat(buckets.SelectMany(b => new[] { "--configure-bucket", b })))
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("cannot start s3rver");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilListening();
    }

    /// <summary>node on PATH, or null.</summary>
    public static string? Node =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "node"))
            .FirstOrDefault(File.Exists);

    /// <summary>s3rver's entry script under the npm peers, or null.</summary>
    public static string? Script =>
        RepoPaths.NodeModules is { } modules && File.Exists(Path.Combine(modules, "s3rver", "bin", "s3rver.js"))
            ? Path.Combine(modules, "s3rver", "bin", "s3rver.js")
            : null;

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>The endpoint URL (path-style S3).</summary>
    public Uri Endpoint => new($"http://127.0.0.1:{Port}");

    /// <summary>Where s3rver keeps the objects.</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "mlops-s3rver-" + Guid.NewGuid().ToString("N"));

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilListening()
    {
        // Readiness poll of a child process (bounded), not a timing assumption of the code under test.
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"s3rver exited with code {_process.ExitCode} before listening.");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException($"s3rver did not listen on 127.0.0.1:{Port} within 10 s.");
    }
}

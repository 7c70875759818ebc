using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using MlOps.Pipeline.Storage;

namespace MlOps.Pipeline.Tests.Storage;

/// <summary>Starts s3rver on 127.0.0.1 on a free port with one bucket, for the whole test class; stops it after.</summary>
public sealed class S3rverFixture : IDisposable
{
    public const string Bucket = "contract-bucket";
    private readonly Process? _process;
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "mlops-s3rver-" + Guid.NewGuid().ToString("N"));

    public S3rverFixture()
    {
        if (RepoPaths.Node is null || RepoPaths.S3rverScript is null)
        {
            return;
        }

        Directory.CreateDirectory(_dataDir);
        Port = FreePort();
        var start = new ProcessStartInfo(RepoPaths.Node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // s3rver encrypts continuation tokens with DES, which OpenSSL 3 only offers through its legacy provider.
        foreach (var arg in new[] { "--openssl-legacy-provider", RepoPaths.S3rverScript, "-d", _dataDir, "-a", "127.0.0.1", "-p", Port.ToString(), "--configure-bucket", Bucket, "--silent" })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilListening();
    }

    public int Port { get; }

    public S3ObjectStore CreateStore()
    {
        var client = S3ClientFactory.ForEndpoint($"http://127.0.0.1:{Port}", new BasicAWSCredentials("S3RVER", "S3RVER"));
        return new S3ObjectStore(client, Bucket, serverSideCopy: false);
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
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
            if (_process!.HasExited)
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

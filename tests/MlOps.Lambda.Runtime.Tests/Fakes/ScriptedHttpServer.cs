using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MlOps.Lambda.Runtime.Tests.Fakes;

/// <summary>A loopback TCP server that answers each request with the next scripted raw HTTP response and records the requests.</summary>
internal sealed class ScriptedHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Queue<(string Response, bool CloseAfter)> _script = new();
    private readonly Task _loop;

    public ScriptedHttpServer(params (string Response, bool CloseAfter)[] script)
    {
        foreach (var step in script)
        {
            _script.Enqueue(step);
        }

        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public List<string> Requests { get; } = [];

    public int Connections { get; private set; }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Dispose();
    }

    private async Task ServeAsync()
    {
        while (_script.Count > 0)
        {
            using var client = await _listener.AcceptTcpClientAsync();
            Connections++;
            var stream = client.GetStream();
            while (_script.Count > 0)
            {
                var request = await ReadRequestAsync(stream);
                if (request is null)
                {
                    break;
                }

                lock (Requests)
                {
                    Requests.Add(request);
                }

                var (response, close) = _script.Dequeue();
                await stream.WriteAsync(Encoding.UTF8.GetBytes(response));
                if (close)
                {
                    break;
                }
            }
        }
    }

    private static async Task<string?> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            buffer.Add(one[0]);
        }

        var head = Encoding.UTF8.GetString(buffer.ToArray());
        var lengthLine = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = lengthLine is null ? 0 : int.Parse(lengthLine["Content-Length:".Length..].Trim());
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return head + Encoding.UTF8.GetString(body);
    }

    private static bool EndsWithBlankLine(List<byte> b) =>
        b.Count >= 4 && b[^4] == '\r' && b[^3] == '\n' && b[^2] == '\r' && b[^1] == '\n';
}

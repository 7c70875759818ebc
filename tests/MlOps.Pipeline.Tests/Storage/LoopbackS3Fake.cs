using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MlOps.Pipeline.Tests.Storage;

/// <summary>
/// A loopback HTTP server that records each request (method, path, headers, body) and answers with a scripted
/// status: enough to prove which headers the S3 store sends and how it maps 412/409, which s3rver cannot.
/// </summary>
public sealed class LoopbackS3Fake : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackS3Fake()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public string ErrorCode { get; set; } = "PreconditionFailed";

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with an exception when the listener closes.
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
                .ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            Requests.Enqueue(new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body.ToArray()));
            var response = context.Response;
            response.StatusCode = (int)Status;
            if (Status == HttpStatusCode.OK)
            {
                response.Headers["ETag"] = "\"0123456789abcdef0123456789abcdef\"";
            }
            else
            {
                var xml = Encoding.UTF8.GetBytes(
                    $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{ErrorCode}</Code><Message>scripted</Message><RequestId>r1</RequestId></Error>");
                response.ContentType = "application/xml";
                await response.OutputStream.WriteAsync(xml);
            }

            response.Close();
        }
    }

    public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body);
}

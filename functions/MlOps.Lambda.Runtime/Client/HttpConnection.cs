using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MlOps.Lambda.Runtime.Client;

/// <summary>
/// A minimal HTTP/1.1 keep-alive connection for the Runtime API (loopback, one request at a time): enough of the
/// protocol for its routes (Content-Length or chunked bodies), and far cheaper to start than HttpClient,
/// which is most of a JIT cold start.
/// </summary>
internal sealed class HttpConnection : IDisposable
{
    private readonly EndPoint _endPoint;
    private readonly string _host;
    private Socket? _socket;
    private NetworkStream? _stream;
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    public HttpConnection(string host, int port)
    {
        _host = string.Create(CultureInfo.InvariantCulture, $"{host}:{port}");
        _endPoint = IPAddress.TryParse(host, out var ip) ? new IPEndPoint(ip, port) : new DnsEndPoint(host, port);
    }

    public async Task<HttpResponse> SendAsync(
        string method, string target, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body, string? contentType, CancellationToken cancellationToken)
    {
        var request = Encode(method, target, headers, body.Length, contentType);
        var reused = _stream is not null;
        try
        {
            return await ExchangeAsync(request, body, cancellationToken);
        }
        catch (Exception exception) when (reused && exception is IOException or SocketException or EndOfStreamException)
        {
            // The server closed an idle keep-alive connection: reconnect once.
            Close();
            return await ExchangeAsync(request, body, cancellationToken);
        }
    }

    public void Dispose() => Close();

    private async Task<HttpResponse> ExchangeAsync(byte[] head, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (_stream is null)
        {
            _socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await _socket.ConnectAsync(_endPoint, cancellationToken);
            _stream = new NetworkStream(_socket, ownsSocket: true);
            _start = _end = 0;
        }

        await _stream.WriteAsync(head, cancellationToken);
        if (!body.IsEmpty)
        {
            await _stream.WriteAsync(body, cancellationToken);
        }

        var (status, headers) = await ReadHeadAsync(cancellationToken);
        byte[] content;
        if (headers.TryGetValue("Content-Length", out var length))
        {
            content = await ReadExactAsync(int.Parse(length, NumberStyles.None, CultureInfo.InvariantCulture), cancellationToken);
        }
        else if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            content = await ReadChunkedAsync(cancellationToken);
        }
        else
        {
            content = [];
        }

        if (headers.TryGetValue("Connection", out var connection) && connection.Equals("close", StringComparison.OrdinalIgnoreCase))
        {
            Close();
        }

        return new HttpResponse(status, headers, content);
    }

    private byte[] Encode(string method, string target, IReadOnlyList<KeyValuePair<string, string>> headers, int length, string? contentType)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{method} {target} HTTP/1.1\r\nHost: {_host}\r\nUser-Agent: mlops-lambda-runtime\r\n");
        if (method != "GET")
        {
            text.Append(CultureInfo.InvariantCulture, $"Content-Length: {length}\r\n");
        }

        if (contentType is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n");
        }

        foreach (var (name, value) in headers)
        {
            if (value.Contains('\r', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Header '{name}' contains a line break.", nameof(headers));
            }

            text.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        return Encoding.UTF8.GetBytes(text.Append("\r\n").ToString());
    }

    private async Task<(int Status, Dictionary<string, string> Headers)> ReadHeadAsync(CancellationToken cancellationToken)
    {
        int headEnd;
        while ((headEnd = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n\r\n"u8)) < 0)
        {
            await FillAsync(cancellationToken);
        }

        var lines = Encoding.UTF8.GetString(_buffer, _start, headEnd).Split("\r\n");
        _start += headEnd + 4;
        var statusParts = lines[0].Split(' ', 3);
        if (statusParts.Length < 2 || !statusParts[0].StartsWith("HTTP/1.", StringComparison.Ordinal)
            || !int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw new IOException($"The Runtime API sent a malformed status line: '{lines[0]}'.");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return (status, headers);
    }

    private async Task<byte[]> ReadChunkedAsync(CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        while (true)
        {
            var sizeLine = await ReadLineAsync(cancellationToken);
            var size = int.Parse(sizeLine.Split(';')[0].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                while ((await ReadLineAsync(cancellationToken)).Length > 0)
                {
                    // Trailers are not used by the Runtime API; skip them.
                }

                return body.ToArray();
            }

            body.Write(await ReadExactAsync(size, cancellationToken));
            await ReadLineAsync(cancellationToken);
        }
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        int end;
        while ((end = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8)) < 0)
        {
            await FillAsync(cancellationToken);
        }

        var line = Encoding.ASCII.GetString(_buffer, _start, end);
        _start += end + 2;
        return line;
    }

    private async Task<byte[]> ReadExactAsync(int count, CancellationToken cancellationToken)
    {
        var result = new byte[count];
        var copied = Math.Min(count, _end - _start);
        _buffer.AsSpan(_start, copied).CopyTo(result);
        _start += copied;
        if (copied < count)
        {
            await _stream!.ReadExactlyAsync(result.AsMemory(copied), cancellationToken);
        }

        return result;
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await _stream!.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        if (read == 0)
        {
            throw new EndOfStreamException("The Runtime API closed the connection.");
        }

        _end += read;
    }

    private void Close()
    {
        _stream?.Dispose();
        _socket?.Dispose();
        _stream = null;
        _socket = null;
        _start = _end = 0;
    }
}

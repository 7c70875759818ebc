using System.Security.Cryptography;

namespace MlOps.Pipeline.Data;

/// <summary>Read-only pass-through stream that hashes (SHA-256) and counts every byte read.</summary>
internal sealed class HashingReadStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long BytesRead { get; private set; }

    /// <summary>Reads the rest of the inner stream, then returns the lowercase hex SHA-256 of all bytes.</summary>
    public string Finish()
    {
        var buffer = new byte[1 << 16];
        while (Read(buffer, 0, buffer.Length) > 0)
        {
        }

        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        _hash.AppendData(buffer, offset, n);
        BytesRead += n;
        return n;
    }

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _hash.AppendData(buffer[..n]);
        BytesRead += n;
        return n;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}

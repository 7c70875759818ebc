using System.Security.Cryptography;
using System.Text;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Pipeline.Tests.Storage;

/// <summary>The behaviour every <see cref="IObjectStore"/> must have; each store's test class runs every case.</summary>
public abstract class ObjectStoreContract
{
    protected abstract IObjectStore Store { get; }

    protected static byte[] AllByteValues(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)((i * 7919) % 256);
        }

        return bytes;
    }

    // S3 ETag compatibility check, not security.
#pragma warning disable CA5351
    protected static string Md5Hex(byte[] payload) => Convert.ToHexStringLower(MD5.HashData(payload));
#pragma warning restore CA5351

    protected async Task Put_then_read_returns_the_exact_bytes_case()
    {
        foreach (var (key, payload) in new[]
        {
            ("rt/empty.bin", Array.Empty<byte>()),
            ("rt/small.txt", Encoding.UTF8.GetBytes("age,job\n42,technician\n")),
            ("rt/large.bin", AllByteValues(1_500_000)),
            ("rt/space and ünïcode.csv", Encoding.UTF8.GetBytes("x")),
        })
        {
            var put = await Store.PutBytesAsync(key, payload);
            var read = await Store.ReadAllBytesAsync(key);
            Assert.Equal(payload, read);
            await using var stream = await Store.OpenReadAsync(key);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(payload, copy.ToArray());
            Assert.Equal(Md5Hex(payload), put.ETag);
        }
    }

    protected async Task Head_reports_etag_and_size_or_null_when_missing_case()
    {
        var payload = Encoding.UTF8.GetBytes("{\"a\":1}");
        var put = await Store.PutBytesAsync("head/x.json", payload);
        var head = await Store.HeadAsync("head/x.json");
        Assert.NotNull(head);
        Assert.Equal(put.ETag, head.ETag);
        Assert.Equal(payload.Length, head.Size);
        Assert.Null(await Store.HeadAsync("head/missing.json"));
        var content = await Store.ReadAsync("head/x.json");
        Assert.Equal(put.ETag, content.Info.ETag);
    }

    protected async Task Reading_a_missing_object_is_ObjectNotFound_naming_the_key_case()
    {
        var error = await Assert.ThrowsAsync<ObjectNotFoundException>(() => Store.ReadAllBytesAsync("nope/missing.csv"));
        Assert.Contains("nope/missing.csv", error.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorNames.ObjectNotFound, error.ErrorName);
        await Assert.ThrowsAsync<ObjectNotFoundException>(() => Store.OpenReadAsync("nope/missing.csv"));
        await Assert.ThrowsAsync<ObjectNotFoundException>(() => Store.CopyAsync("nope/missing.csv", "nope/copy.csv"));
    }

    protected async Task Overwrite_replaces_the_content_and_etag_case()
    {
        var first = await Store.PutBytesAsync("ow/x", Encoding.UTF8.GetBytes("first"));
        var second = await Store.PutBytesAsync("ow/x", Encoding.UTF8.GetBytes("second!"));
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal("second!", Encoding.UTF8.GetString(await Store.ReadAllBytesAsync("ow/x")));
    }

    protected async Task List_pages_through_a_prefix_in_key_order_case()
    {
        var keys = new[] { "ls/a/3.txt", "ls/a/1.txt", "ls/a/sub/2.txt", "ls/a/0.txt", "ls/b/9.txt", "ls/ab.txt" };
        foreach (var key in keys)
        {
            await Store.PutBytesAsync(key, Encoding.UTF8.GetBytes(key));
        }

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await Store.ListAsync("ls/a/", token, maxKeys: 2);
            Assert.True(page.Objects.Count <= 2);
            seen.AddRange(page.Objects.Select(o => o.Key));
            token = page.NextContinuationToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(["ls/a/0.txt", "ls/a/1.txt", "ls/a/3.txt", "ls/a/sub/2.txt"], seen);
        Assert.True(pages >= 2);
        var partial = await Store.ListAllAsync("ls/a").Select(o => o.Key).ToListAsync();
        Assert.Equal(["ls/a/0.txt", "ls/a/1.txt", "ls/a/3.txt", "ls/a/sub/2.txt", "ls/ab.txt"], partial);
        Assert.Empty((await Store.ListAsync("ls/none/")).Objects);
    }

    protected async Task Copy_duplicates_the_bytes_case()
    {
        var payload = AllByteValues(10_000);
        await Store.PutBytesAsync("cp/src.bin", payload);
        var copy = await Store.CopyAsync("cp/src.bin", "cp/dst/copy.bin");
        Assert.Equal(payload, await Store.ReadAllBytesAsync("cp/dst/copy.bin"));
        Assert.Equal(payload.Length, copy.Size);
        Assert.Equal(payload, await Store.ReadAllBytesAsync("cp/src.bin"));
    }

    protected async Task Delete_removes_and_tolerates_missing_case()
    {
        await Store.PutBytesAsync("del/x", Encoding.UTF8.GetBytes("x"));
        await Store.DeleteAsync("del/x");
        Assert.Null(await Store.HeadAsync("del/x"));
        await Store.DeleteAsync("del/x");
    }

    protected async Task Unsafe_keys_are_rejected_before_any_io_case()
    {
        foreach (var key in new[] { "../escape.txt", "raw/../../etc/passwd", "/etc/passwd", "raw\\win.csv", "raw/a\0b", "raw/\u0007bell", "" })
        {
            await Assert.ThrowsAsync<InvalidObjectKeyException>(() => Store.PutBytesAsync(key, new byte[] { 1 }));
            await Assert.ThrowsAsync<InvalidObjectKeyException>(() => Store.ReadAllBytesAsync(key));
            await Assert.ThrowsAsync<InvalidObjectKeyException>(() => Store.HeadAsync(key));
        }
    }

    protected async Task Sha256_streams_the_object_case()
    {
        var payload = AllByteValues(200_000);
        await Store.PutBytesAsync("sha/x.bin", payload);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(payload)), await Store.Sha256Async("sha/x.bin"));
    }
}

using System.Net;
using Amazon.Runtime;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Pipeline.Tests.Storage;

/// <summary>
/// s3rver ignores If-Match/If-None-Match, so the conditional logic is proven against a loopback fake:
/// the headers go out as real S3 expects them, and 412/409 answers become MlOps.PreconditionFailed.
/// </summary>
public sealed class S3ConditionalWriteTests : IDisposable
{
    private readonly LoopbackS3Fake _fake = new();
    private readonly S3ObjectStore _store;

    public S3ConditionalWriteTests()
    {
        var client = S3ClientFactory.ForEndpoint(_fake.Url, new BasicAWSCredentials("test", "test"));
        _store = new S3ObjectStore(client, "bucket");
    }

    public void Dispose() => _fake.Dispose();

    [Fact]
    public async Task IfNoneMatch_sends_the_star_header_and_maps_412_to_PreconditionFailed()
    {
        _fake.Status = HttpStatusCode.PreconditionFailed;
        var error = await Assert.ThrowsAsync<PreconditionFailedException>(
            () => _store.PutBytesAsync("models/m/versions/1/metadata.json", new byte[] { 1, 2, 3 }, PutOptions.CreateOnly));
        var request = Assert.Single(_fake.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/bucket/models/m/versions/1/metadata.json", request.Path);
        Assert.Equal("*", request.Headers["If-None-Match"]);
        Assert.False(request.Headers.ContainsKey("If-Match"));
        Assert.Contains("If-None-Match", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IfMatch_sends_the_quoted_etag_and_maps_412_to_PreconditionFailed()
    {
        _fake.Status = HttpStatusCode.PreconditionFailed;
        await Assert.ThrowsAsync<PreconditionFailedException>(
            () => _store.PutBytesAsync("models/m/aliases/production.json", new byte[] { 1 }, PutOptions.Matching("abc123")));
        var request = Assert.Single(_fake.Requests);
        Assert.Equal("\"abc123\"", request.Headers["If-Match"]);
        Assert.False(request.Headers.ContainsKey("If-None-Match"));
    }

    [Fact]
    public async Task A_409_ConditionalRequestConflict_is_PreconditionFailed_too()
    {
        _fake.Status = HttpStatusCode.Conflict;
        _fake.ErrorCode = "ConditionalRequestConflict";
        await Assert.ThrowsAsync<PreconditionFailedException>(
            () => _store.PutBytesAsync("k", new byte[] { 1 }, PutOptions.CreateOnly));
    }

    [Fact]
    public async Task Unconditional_put_sends_the_exact_bytes_unchunked_and_no_condition_headers()
    {
        var payload = ObjectStoreContractBytes();
        var info = await _store.PutBytesAsync("raw/data.csv", payload);
        var request = Assert.Single(_fake.Requests);
        Assert.Equal(payload, request.Body);
        Assert.False(request.Headers.ContainsKey("If-Match"));
        Assert.False(request.Headers.ContainsKey("If-None-Match"));
        Assert.DoesNotContain("aws-chunked", request.Headers.GetValueOrDefault("Content-Encoding") ?? "", StringComparison.Ordinal);
        Assert.Equal("0123456789abcdef0123456789abcdef", info.ETag);
    }

    [Fact]
    public async Task A_404_on_read_is_ObjectNotFound()
    {
        _fake.Status = HttpStatusCode.NotFound;
        _fake.ErrorCode = "NoSuchKey";
        await Assert.ThrowsAsync<ObjectNotFoundException>(() => _store.ReadAllBytesAsync("raw/missing.csv"));
    }

    [Fact]
    public async Task Server_side_copy_sends_the_url_encoded_copy_source()
    {
        // The fake answers 200 without a CopyObjectResult body, which the SDK refuses to parse: only the request matters here.
        await Assert.ThrowsAnyAsync<Exception>(() => _store.CopyAsync("cp/src x.bin", "cp/dst.bin"));
        var copy = _fake.Requests.First();
        Assert.Equal("PUT", copy.Method);
        Assert.Equal("/bucket/cp/dst.bin", copy.Path);
        Assert.Equal("bucket%2Fcp%2Fsrc%20x.bin", copy.Headers["x-amz-copy-source"]);
    }

    private static byte[] ObjectStoreContractBytes() => Enumerable.Range(0, 70_000).Select(i => (byte)(i % 251)).ToArray();
}

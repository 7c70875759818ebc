using System.Text;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Pipeline.Tests.Storage;

public sealed class LocalFolderObjectStoreTests : ObjectStoreContract, IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "mlops-store-" + Guid.NewGuid().ToString("N"));

    public LocalFolderObjectStoreTests() => Store = new LocalFolderObjectStore(_dir, "data");

    protected override IObjectStore Store { get; }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact] public Task Put_then_read_returns_the_exact_bytes() => Put_then_read_returns_the_exact_bytes_case();
    [Fact] public Task Head_reports_etag_and_size_or_null_when_missing() => Head_reports_etag_and_size_or_null_when_missing_case();
    [Fact] public Task Reading_a_missing_object_is_ObjectNotFound_naming_the_key() => Reading_a_missing_object_is_ObjectNotFound_naming_the_key_case();
    [Fact] public Task Overwrite_replaces_the_content_and_etag() => Overwrite_replaces_the_content_and_etag_case();
    [Fact] public Task List_pages_through_a_prefix_in_key_order() => List_pages_through_a_prefix_in_key_order_case();
    [Fact] public Task Copy_duplicates_the_bytes() => Copy_duplicates_the_bytes_case();
    [Fact] public Task Delete_removes_and_tolerates_missing() => Delete_removes_and_tolerates_missing_case();
    [Fact] public Task Unsafe_keys_are_rejected_before_any_io() => Unsafe_keys_are_rejected_before_any_io_case();
    [Fact] public Task Sha256_streams_the_object() => Sha256_streams_the_object_case();

    [Fact]
    public async Task IfNoneMatch_creates_once_then_fails_with_PreconditionFailed_and_keeps_the_first()
    {
        await Store.PutBytesAsync("cond/claim.json", Encoding.UTF8.GetBytes("first"), PutOptions.CreateOnly);
        var error = await Assert.ThrowsAsync<PreconditionFailedException>(
            () => Store.PutBytesAsync("cond/claim.json", Encoding.UTF8.GetBytes("second"), PutOptions.CreateOnly));
        Assert.Contains("cond/claim.json", error.Message, StringComparison.Ordinal);
        Assert.Equal("first", Encoding.UTF8.GetString(await Store.ReadAllBytesAsync("cond/claim.json")));
    }

    [Fact]
    public async Task IfMatch_replaces_only_the_version_read()
    {
        var v1 = await Store.PutBytesAsync("cond/alias.json", Encoding.UTF8.GetBytes("v1"));
        var v2 = await Store.PutBytesAsync("cond/alias.json", Encoding.UTF8.GetBytes("v2"), PutOptions.Matching(v1.ETag));
        await Assert.ThrowsAsync<PreconditionFailedException>(
            () => Store.PutBytesAsync("cond/alias.json", Encoding.UTF8.GetBytes("stale"), PutOptions.Matching(v1.ETag)));
        await Assert.ThrowsAsync<PreconditionFailedException>(
            () => Store.PutBytesAsync("cond/missing.json", Encoding.UTF8.GetBytes("x"), PutOptions.Matching(v1.ETag)));
        Assert.Equal("v2", Encoding.UTF8.GetString(await Store.ReadAllBytesAsync("cond/alias.json")));
        Assert.Equal(v2.ETag, (await Store.HeadAsync("cond/alias.json"))!.ETag);
    }

    [Fact]
    public async Task Racing_create_only_writers_from_separate_store_instances_have_exactly_one_winner()
    {
        // Separate instances open separate lock handles, exactly as separate processes would.
        var writers = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var store = new LocalFolderObjectStore(_dir, "data");
            try
            {
                await store.PutBytesAsync("race/claim", Encoding.UTF8.GetBytes($"writer-{i}"), PutOptions.CreateOnly);
                return true;
            }
            catch (PreconditionFailedException)
            {
                return false;
            }
        })).ToArray();
        var results = await Task.WhenAll(writers);
        Assert.Single(results, won => won);
        Assert.StartsWith("writer-", Encoding.UTF8.GetString(await Store.ReadAllBytesAsync("race/claim")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_cannot_escape_the_bucket_folder()
    {
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => Store.PutBytesAsync("a/../../outside.txt", new byte[] { 1 }));
        Assert.False(File.Exists(Path.Combine(_dir, "outside.txt")));
        Assert.Empty(Directory.EnumerateFiles(_dir, "outside.txt", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Listing_reports_the_current_etag_after_an_overwrite()
    {
        await Store.PutBytesAsync("etag/x", Encoding.UTF8.GetBytes("one"));
        var first = Assert.Single((await Store.ListAsync("etag/")).Objects);
        var second = await Store.PutBytesAsync("etag/x", Encoding.UTF8.GetBytes("two!"));
        var listed = Assert.Single((await Store.ListAsync("etag/")).Objects);
        Assert.NotEqual(first.ETag, listed.ETag);
        Assert.Equal(second.ETag, listed.ETag);
    }

    [Fact]
    public async Task Listing_skips_the_stores_own_temp_and_lock_files()
    {
        await Store.PutBytesAsync("x/y.txt", new byte[] { 1 }, PutOptions.CreateOnly);
        var keys = await Store.ListAllAsync("").Select(o => o.Key).ToListAsync();
        Assert.Equal(["x/y.txt"], keys);
    }
}

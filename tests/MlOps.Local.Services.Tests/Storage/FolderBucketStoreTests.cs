using System.Text;
using MlOps.Local.Services.Storage;

namespace MlOps.Local.Services.Tests.Storage;

public sealed class FolderBucketStoreTests
{
    [Fact]
    public async Task PutAsync_ThenGet_ReturnsContentAndMd5ETag()
    {
        using var home = new TempHome();
        var store = new FolderBucketStore(home.Path);

        var info = await store.PutAsync("b", "raw/x.csv", Encoding.UTF8.GetBytes("hello"));
        var (content, read) = await store.GetAsync("b", "raw/x.csv");

        Assert.Equal("5d41402abc4b2a76b9719d911017c592", info.ETag);
        Assert.Equal("hello", Encoding.UTF8.GetString(content));
        Assert.Equal(info.ETag, read.ETag);
        Assert.True(File.Exists(Path.Combine(home.Path, "b", "raw", "x.csv")));
    }

    [Fact]
    public async Task GetAsync_MissingKey_IsObjectMissing()
    {
        using var home = new TempHome();

        await Assert.ThrowsAsync<ObjectMissingException>(() => new FolderBucketStore(home.Path).GetAsync("b", "nope"));
    }

    [Fact]
    public async Task PutAsync_KeyEscapingBucket_IsRejected()
    {
        using var home = new TempHome();

        await Assert.ThrowsAsync<ArgumentException>(() => new FolderBucketStore(home.Path).PutAsync("b", "../../etc/x", new byte[1]));
    }

    [Fact]
    public async Task ListAsync_ReturnsKeysUnderPrefixInOrder()
    {
        using var home = new TempHome();
        var store = new FolderBucketStore(home.Path);
        await store.PutAsync("b", "raw/b.csv", new byte[1]);
        await store.PutAsync("b", "raw/a.csv", new byte[1]);
        await store.PutAsync("b", "other/c.csv", new byte[1]);

        var keys = (await store.ListAsync("b", "raw/")).Select(o => o.Key);

        Assert.Equal(["raw/a.csv", "raw/b.csv"], keys);
    }
}

using MlOps.Testing;
using System.Text;
using MlOps.Pipeline.Storage;

namespace MlOps.Pipeline.Tests.Storage;

public sealed class ObjectStoreProviderTests(S3rverFixture server) : IClassFixture<S3rverFixture>, IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "mlops-provider-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_local_buckets_dir_gives_one_folder_per_bucket_and_wins_over_an_endpoint()
    {
        var provider = ObjectStoreProvider.FromEnvironment(new Dictionary<string, string>
        {
            ["MLOPS_LOCAL_BUCKETS_DIR"] = _dir,
            ["MLOPS_S3_ENDPOINT"] = "http://127.0.0.1:1",
        });
        var store = provider.ForBucket("data");
        Assert.IsType<LocalFolderObjectStore>(store);
        Assert.Same(store, provider.ForBucket("data"));
        await store.PutBytesAsync("raw/x.csv", Encoding.UTF8.GetBytes("a"));
        Assert.True(File.Exists(Path.Combine(_dir, "data", "raw", "x.csv")));
        Assert.Equal("other", provider.ForBucket("other").BucketName);
    }

    [S3rverFact]
    public async Task An_endpoint_gives_a_path_style_S3_store_with_credentials_from_the_environment()
    {
        var provider = ObjectStoreProvider.FromEnvironment(new Dictionary<string, string>
        {
            ["MLOPS_S3_ENDPOINT"] = $"http://127.0.0.1:{server.Port}",
            ["AWS_ACCESS_KEY_ID"] = "S3RVER",
            ["AWS_SECRET_ACCESS_KEY"] = "S3RVER",
            ["AWS_REGION"] = "us-east-1",
        });
        var store = provider.ForBucket(S3rverFixture.Bucket);
        Assert.IsType<S3ObjectStore>(store);
        var payload = Encoding.UTF8.GetBytes("customer_id,age\nc1,42\n");
        await store.PutBytesAsync("provider/x.csv", payload);
        Assert.Equal(payload, await store.ReadAllBytesAsync("provider/x.csv"));
        await store.CopyAsync("provider/x.csv", "provider/y.csv");
        Assert.Equal(payload, await store.ReadAllBytesAsync("provider/y.csv"));
    }

    [S3rverFact]
    public async Task A_positioned_seekable_stream_uploads_from_its_position()
    {
        var store = server.CreateStore();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("HEADERpayload"));
        stream.Position = 6;
        var info = await store.PutAsync("provider/positioned.bin", stream);
        Assert.Equal("payload", Encoding.UTF8.GetString(await store.ReadAllBytesAsync("provider/positioned.bin")));
        Assert.Equal(7, info.Size);
    }
}

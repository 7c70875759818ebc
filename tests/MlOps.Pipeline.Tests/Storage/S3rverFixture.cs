using Amazon.Runtime;
using MlOps.Pipeline.Storage;
using MlOps.Testing;

namespace MlOps.Pipeline.Tests.Storage;

/// <summary>A real s3rver with one bucket for the whole test class (see <see cref="S3rverProcess"/>); none when node or s3rver is missing.</summary>
public sealed class S3rverFixture : IDisposable
{
    public const string Bucket = "contract-bucket";
    private readonly S3rverProcess? _server = S3rverProcess.Node is not null && S3rverProcess.Script is not null ? new S3rverProcess(Bucket) : null;

    public int Port => _server?.Port ?? 0;

    public S3ObjectStore CreateStore()
    {
        var client = S3ClientFactory.ForEndpoint($"http://127.0.0.1:{Port}", new BasicAWSCredentials("S3RVER", "S3RVER"));
        return new S3ObjectStore(client, Bucket, serverSideCopy: false);
    }

    public void Dispose() => _server?.Dispose();
}

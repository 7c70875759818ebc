using MlOps.Testing;
using System.Security.Cryptography;
using System.Text;
using MlOps.Pipeline.Registry;
using MlOps.Pipeline.Storage;
using MlOps.Pipeline.Tests.Storage;

namespace MlOps.Pipeline.Tests.Registry;

/// <summary>
/// The registry's sequential behaviour against a real S3-compatible server (listing, copy, JSON documents).
/// Races are proven on the local store: s3rver ignores conditional headers (see S3ConditionalWriteTests).
/// </summary>
public sealed class ModelRegistryOnS3Tests(S3rverFixture server) : IClassFixture<S3rverFixture>
{
    [S3rverFact]
    public async Task Register_deploy_and_rollback_work_on_S3()
    {
        var store = server.CreateStore();
        var model = "s3-model-" + Guid.NewGuid().ToString("N")[..8];
        var registry = new ModelRegistry(store, model);
        for (var i = 1; i <= 2; i++)
        {
            var bytes = Encoding.UTF8.GetBytes($"model {i}");
            await store.PutBytesAsync($"runs/{model}/{i}/model.zip", bytes);
            var version = await registry.RegisterAsync(new RegistrationRequest
            {
                SourceArtifactKey = $"runs/{model}/{i}/model.zip",
                ExpectedSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                Lineage = new ModelLineage { RunId = $"run-{i}" },
                ApprovalStatus = ApprovalStatus.Approved,
            });
            Assert.Equal(i, version.Version);
            Assert.Equal(bytes, await store.ReadAllBytesAsync(version.ArtifactUri));
            await registry.SetAliasAsync(ModelRegistry.Production, i, $"run-{i}");
        }

        Assert.Equal([1, 2], (await registry.ListVersionsAsync()).Select(v => v.Version));
        Assert.Equal(1, (await registry.RollbackAliasAsync(ModelRegistry.Production, "run-2", expectedCurrent: 2)).Version);
    }
}

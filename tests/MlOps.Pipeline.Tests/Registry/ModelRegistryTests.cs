using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Registry;
using MlOps.Pipeline.Storage;

namespace MlOps.Pipeline.Tests.Registry;

public sealed class ModelRegistryTests : IDisposable
{
    private const string Model = "customer-propensity";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "mlops-registry-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 21, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private LocalFolderObjectStore NewStore() => new(_dir, "data");

    private ModelRegistry NewRegistry(IObjectStore? store = null) => new(store ?? NewStore(), Model, _time);

    private async Task<RegistrationRequest> TrainedArtifactAsync(string runId, IObjectStore? store = null)
    {
        var bytes = Encoding.UTF8.GetBytes($"model trained by {runId}");
        var key = $"runs/{runId}/model.zip";
        await (store ?? NewStore()).PutBytesAsync(key, bytes);
        return new RegistrationRequest
        {
            SourceArtifactKey = key,
            ExpectedSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Lineage = new ModelLineage { RunId = runId, DatasetSha256 = new string('d', 64), TransformHash = "t1", CodeVersion = "1.0", Trainer = "LightGbm" },
            ApprovalStatus = ApprovalStatus.Approved,
        };
    }

    [Fact]
    public async Task RegisterAsync_creates_a_ready_version_with_lineage_and_a_verified_artifact_copy()
    {
        var registry = NewRegistry();
        var request = await TrainedArtifactAsync("run-a");
        var version = await registry.RegisterAsync(request);

        Assert.Equal(1, version.Version);
        Assert.Equal(VersionState.Ready, version.State);
        Assert.Equal("models/customer-propensity/versions/1/model.zip", version.ArtifactUri);
        Assert.Equal(request.ExpectedSha256, await registry.Store.Sha256Async(version.ArtifactUri));
        var stored = await registry.GetReadyVersionAsync(1);
        Assert.Equal("run-a", stored.Lineage.RunId);
        Assert.Equal("runs/run-a/model.zip", stored.Lineage.SourceArtifactUri);
        Assert.Equal(_time.GetUtcNow(), stored.CreatedAt);
    }

    [Fact]
    public async Task RegisterAsync_with_a_wrong_sha256_is_ArtifactIntegrityFailure_and_claims_nothing()
    {
        var registry = NewRegistry();
        var request = await TrainedArtifactAsync("run-a") with { ExpectedSha256 = new string('0', 64) };
        var error = await Assert.ThrowsAsync<ArtifactIntegrityFailureException>(() => registry.RegisterAsync(request));
        Assert.Contains("runs/run-a/model.zip", error.Message, StringComparison.Ordinal);
        Assert.Empty(await registry.ListVersionsAsync());
    }

    [Fact]
    public async Task RegisterAsync_retried_for_the_same_run_and_artifact_returns_the_same_version()
    {
        var registry = NewRegistry();
        var request = await TrainedArtifactAsync("run-a");
        var first = await registry.RegisterAsync(request);
        var again = await registry.RegisterAsync(request);
        Assert.Equal(first.Version, again.Version);
        Assert.Single(await registry.ListVersionsAsync());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public async Task Concurrent_registrations_get_distinct_versions_and_lose_nothing(int writers)
    {
        var requests = new List<RegistrationRequest>();
        for (var i = 0; i < writers; i++)
        {
            requests.Add(await TrainedArtifactAsync($"run-{i}"));
        }

        // One store and registry instance per writer: separate lock handles, as separate Lambda processes would have.
        var results = await Task.WhenAll(requests.Select(r => Task.Run(() => NewRegistry().RegisterAsync(r))));

        Assert.Equal(Enumerable.Range(1, writers), results.Select(v => v.Version).Order());
        var listed = await NewRegistry().ListVersionsAsync();
        Assert.Equal(writers, listed.Count);
        foreach (var version in listed)
        {
            Assert.Equal(VersionState.Ready, version.State);
            var request = requests.Single(r => r.Lineage.RunId == version.Lineage.RunId);
            Assert.Equal(request.ExpectedSha256, version.ArtifactSha256);
            Assert.Equal(request.ExpectedSha256, await NewStore().Sha256Async(version.ArtifactUri));
        }
    }

    [Theory]
    [InlineData("copy", "model.zip")]
    [InlineData("put", "metadata.json")]
    public async Task A_registration_killed_half_way_leaves_an_unusable_claim_and_the_next_one_succeeds(string operation, string file)
    {
        // The claim is the first metadata PUT; crash at the artifact copy, or at the second metadata PUT (the one marking it ready).
        var metadataPuts = 0;
        var faulty = new FaultyStore(NewStore(), (op, key) =>
            op == operation && key.EndsWith(file, StringComparison.Ordinal) && (op == "copy" || ++metadataPuts == 2));
        var request = await TrainedArtifactAsync("run-crash");
        await Assert.ThrowsAsync<SimulatedCrashException>(() => NewRegistry(faulty).RegisterAsync(request));

        var registry = NewRegistry();
        var claim = Assert.Single(await registry.ListVersionsAsync());
        Assert.Equal(VersionState.Registering, claim.State);
        await Assert.ThrowsAsync<ModelVersionNotFoundException>(() => registry.GetReadyVersionAsync(claim.Version));
        await Assert.ThrowsAsync<ModelVersionNotFoundException>(() => registry.SetAliasAsync(ModelRegistry.Production, claim.Version, "run-x"));

        var next = await registry.RegisterAsync(await TrainedArtifactAsync("run-next"));
        Assert.Equal(claim.Version + 1, next.Version);
        Assert.Equal(VersionState.Ready, next.State);
        await registry.SetAliasAsync(ModelRegistry.Production, next.Version, "run-next");
        Assert.Equal(next.Version, (await registry.GetAliasAsync(ModelRegistry.Production))!.Version);
    }

    [Fact]
    public async Task A_stray_artifact_without_metadata_is_ignored_and_overwritten_by_the_next_registration()
    {
        var store = NewStore();
        await store.PutBytesAsync(RegistryKeys.Artifact(Model, 1), Encoding.UTF8.GetBytes("half-written garbage"));
        var registry = NewRegistry(store);
        Assert.Empty(await registry.ListVersionsAsync());

        var request = await TrainedArtifactAsync("run-a");
        var version = await registry.RegisterAsync(request);
        Assert.Equal(1, version.Version);
        Assert.Equal(request.ExpectedSha256, await store.Sha256Async(version.ArtifactUri));
    }

    [Fact]
    public async Task Aliases_keep_a_rollback_stack_and_an_append_only_history()
    {
        var registry = NewRegistry();
        for (var i = 1; i <= 3; i++)
        {
            await registry.RegisterAsync(await TrainedArtifactAsync($"run-{i}"));
        }

        await registry.SetAliasAsync(ModelRegistry.Production, 1, "run-1");
        await registry.SetAliasAsync(ModelRegistry.Production, 2, "run-2");
        var moved = await registry.SetAliasAsync(ModelRegistry.Production, 3, "run-3");
        Assert.Equal([1, 2], moved.Previous);

        var back = await registry.RollbackAliasAsync(ModelRegistry.Production, "run-3");
        Assert.Equal(2, back.Version);
        Assert.Equal([1], back.Previous);
        Assert.Equal(["set", "set", "set", "rollback"], back.History.Select(h => h.Action));
        Assert.Equal(3, back.History[^1].PreviousVersion);

        Assert.Equal(1, (await registry.RollbackAliasAsync(ModelRegistry.Production, null)).Version);
        var error = await Assert.ThrowsAsync<NoPreviousVersionException>(() => registry.RollbackAliasAsync(ModelRegistry.Production, null));
        Assert.Contains("version 1", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<NoPreviousVersionException>(() => registry.RollbackAliasAsync("never-set", null));
    }

    [Fact]
    public async Task Setting_an_alias_to_its_current_version_changes_nothing()
    {
        var registry = NewRegistry();
        await registry.RegisterAsync(await TrainedArtifactAsync("run-1"));
        await registry.SetAliasAsync(ModelRegistry.Production, 1, "run-1");
        var again = await registry.SetAliasAsync(ModelRegistry.Production, 1, "run-1");
        Assert.Single(again.History);
        Assert.Empty(again.Previous);
    }

    [Fact]
    public async Task Concurrent_alias_moves_are_all_recorded()
    {
        var registry = NewRegistry();
        for (var i = 1; i <= 8; i++)
        {
            await registry.RegisterAsync(await TrainedArtifactAsync($"run-{i}"));
        }

        await Task.WhenAll(Enumerable.Range(1, 8).Select(v => Task.Run(() => NewRegistry().SetAliasAsync(ModelRegistry.Challenger, v, $"run-{v}"))));

        var alias = (await registry.GetAliasAsync(ModelRegistry.Challenger))!;
        Assert.Equal(8, alias.History.Count);
        Assert.Equal(Enumerable.Range(1, 8), alias.History.Select(h => h.Version).Order());
        Assert.Equal(7, alias.Previous.Count);
        Assert.Equal(alias.Version, alias.History[^1].Version);
    }

    [Fact]
    public async Task SetApprovalAsync_updates_the_status()
    {
        var registry = NewRegistry();
        var request = await TrainedArtifactAsync("run-1") with { ApprovalStatus = ApprovalStatus.PendingManualApproval };
        await registry.RegisterAsync(request);
        await registry.SetApprovalAsync(1, ApprovalStatus.Approved);
        Assert.Equal(ApprovalStatus.Approved, (await registry.GetReadyVersionAsync(1)).ApprovalStatus);
        await Assert.ThrowsAsync<ModelVersionNotFoundException>(() => registry.SetApprovalAsync(9, ApprovalStatus.Approved));
    }
}

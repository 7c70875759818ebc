using MlOps.Functions.Tests.Support;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Tests.Transform;

public sealed class TransformFunctionTests
{
    [Fact]
    public async Task Transform_writes_stratified_parquet_splits_and_the_second_run_is_a_cache_hit()
    {
        using var h = new MlHarness();
        await h.PutFileAsync("raw/customers.csv", RepoPaths.Sample("data/customers.csv"));
        var validated = await h.InvokeAsync("Validate", MlHarness.NewEnvelope("raw/customers.csv"));

        var first = await h.InvokeAsync("Transform", validated);
        var second = await h.InvokeAsync("Transform", validated);

        Assert.False(first.Cache!.Hit);
        Assert.NotNull(first.Cache.MissReason);
        Assert.True(second.Cache!.Hit);
        Assert.Equal(first.Dataset!.TransformHash, second.Dataset!.TransformHash);
        Assert.Equal($"curated/{validated.Dataset!.Sha256}/{first.Dataset.TransformHash}/", first.Cache.Key);
        var prefix = first.Cache.Key!;
        var keys = await h.Store.ListAllAsync(prefix).Select(o => o.Key[prefix.Length..]).ToListAsync();
        Assert.Equal(["manifest.json", "test.parquet", "train.parquet", "validation.parquet"], keys.Order(StringComparer.Ordinal));
        Assert.EndsWith("test.parquet", first.Dataset.Splits!.Test, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Splits_without_a_manifest_are_a_cache_miss_so_a_half_finished_transform_is_redone()
    {
        using var h = new MlHarness();
        await h.PutFileAsync("raw/customers.csv", RepoPaths.Sample("data/customers.csv"));
        var validated = await h.InvokeAsync("Validate", MlHarness.NewEnvelope("raw/customers.csv"));
        var first = await h.InvokeAsync("Transform", validated);
        await h.Store.DeleteAsync(first.Cache!.Key + "manifest.json");

        var again = await h.InvokeAsync("Transform", validated);

        Assert.False(again.Cache!.Hit);
        Assert.NotNull(await h.Store.HeadAsync(first.Cache.Key + "manifest.json"));
    }

    [Fact]
    public async Task A_different_seed_is_a_different_transform_hash()
    {
        using var h = new MlHarness();
        await h.PutFileAsync("raw/customers.csv", RepoPaths.Sample("data/customers.csv"));
        var a = await h.InvokeAsync("Transform", await h.InvokeAsync("Validate", MlHarness.NewEnvelope("raw/customers.csv", seed: 1)));
        var b = await h.InvokeAsync("Transform", await h.InvokeAsync("Validate", MlHarness.NewEnvelope("raw/customers.csv", seed: 2)));
        Assert.NotEqual(a.Dataset!.TransformHash, b.Dataset!.TransformHash);
        Assert.False(b.Cache!.Hit);
    }
}

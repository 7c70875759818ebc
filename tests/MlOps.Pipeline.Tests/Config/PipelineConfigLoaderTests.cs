using System.Text;
using MlOps.Pipeline.Config;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Pipeline.Tests.Config;

public sealed class PipelineConfigLoaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "mlops-config-" + Guid.NewGuid().ToString("N"));
    private readonly LocalFolderObjectStore _store;

    public PipelineConfigLoaderTests() => _store = new LocalFolderObjectStore(_dir, "data");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task LoadAsync_without_an_override_uses_the_built_in_default_for_the_sample_data()
    {
        var (config, source) = await PipelineConfigLoader.LoadAsync(_store);
        Assert.Equal("built-in default", source);
        Assert.Equal("converted", config.Target);
        Assert.Equal("customer_id", config.IdColumn);
        Assert.Contains("channel", config.Features.Categorical);
        Assert.Contains(config.DataContract.Columns, c => c.Name == "channel" && c.Allowed.SequenceEqual(["email", "phone", "web", "store"]));
        Assert.NotEmpty(config.Search);
    }

    [Fact]
    public async Task LoadAsync_prefers_config_pipeline_json_in_the_bucket()
    {
        var json = "{\"target\":\"y\",\"separator\":\";\",\"modelName\":\"bank\",\"features\":{\"numeric\":[\"age\"],\"excluded\":[\"duration\"]},\"dataContract\":{\"columns\":[{\"name\":\"age\",\"type\":\"int\"}]}}";
        await _store.PutBytesAsync(PipelineConfigLoader.OverrideKey, Encoding.UTF8.GetBytes(json));
        var (config, source) = await PipelineConfigLoader.LoadAsync(_store);
        Assert.Equal("s3://data/config/pipeline.json", source);
        Assert.Equal(";", config.Separator);
        Assert.Equal(["duration"], config.Features.Excluded);
        Assert.Equal(42, config.Seed);
    }

    [Theory]
    [InlineData("{\"target\":\"y\"", "not valid JSON")]
    [InlineData("{\"target\":\"y\",\"modelName\":\"Bad Name\",\"features\":{},\"dataContract\":{\"columns\":[]}}", "$.modelName")]
    [InlineData("{\"modelName\":\"m\",\"features\":{},\"dataContract\":{\"columns\":[]}}", "$.target: is required")]
    [InlineData("{\"target\":\"y\",\"modelName\":\"m\",\"trainer\":\"Xgb\",\"features\":{},\"dataContract\":{\"columns\":[]}}", "$.trainer")]
    public async Task LoadAsync_rejects_a_bad_override_with_InvalidConfig_naming_file_and_field(string json, string expected)
    {
        await _store.PutBytesAsync(PipelineConfigLoader.OverrideKey, Encoding.UTF8.GetBytes(json));
        var error = await Assert.ThrowsAsync<InvalidConfigException>(() => PipelineConfigLoader.LoadAsync(_store));
        Assert.Contains("config/pipeline.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}

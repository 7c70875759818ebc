using MlOps.Pipeline.Config;
using MlOps.Pipeline.Tests.Support;

namespace MlOps.Pipeline.Tests.Config;

public sealed class ShippedConfigsTests
{
    [Fact]
    public void Every_config_under_samples_configs_is_embedded_byte_for_byte()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Samples, "configs"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(files, ShippedConfigs.All.Select(c => c.FileName));
        Assert.All(ShippedConfigs.All, c => Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "configs", c.FileName)), c.Json.ToArray()));
    }

    [Fact]
    public void The_built_in_default_is_the_shipped_default_json()
    {
        var shipped = ShippedConfigs.All.Single(c => c.FileName == "default.json").Config;

        Assert.Equal(shipped.ModelName, PipelineConfigLoader.Default.ModelName);
        Assert.Equal(shipped.DataContract.Columns.Select(c => c.Name), PipelineConfigLoader.Default.DataContract.Columns.Select(c => c.Name));
    }
}

using System.Text;
using MlOps.Cli.Cloud.Configs;
using MlOps.Pipeline.Config;

namespace MlOps.Cli.Tests.Configs;

public sealed class ConfigSelectorTests
{
    private static ShippedConfig Bank => ShippedConfigs.All.Single(c => c.FileName == "bank-marketing.json");

    private static ShippedConfig Default => ShippedConfigs.All.Single(c => c.FileName == "default.json");

    private static CsvHeader HeaderOf(PipelineConfig config, string separator, bool quoted = false) =>
        CsvHeader.Sniff(Encoding.UTF8.GetBytes(string.Join(separator, config.DataContract.Columns.Select(c => quoted ? $"\"{c.Name}\"" : c.Name)) + "\n"))!;

    [Fact]
    public void Shipped_configs_include_the_default_and_the_bank_config_with_their_file_bytes()
    {
        Assert.Contains(ShippedConfigs.All, c => c.FileName == "default.json");
        Assert.Equal("y", Bank.Config.Target);
        Assert.Equal(";", Bank.Config.Separator);
        Assert.Equal(PipelineConfigLoader.Default, Default.Config, (a, b) => a.ModelName == b.ModelName && a.Target == b.Target);
        Assert.StartsWith("{", Encoding.UTF8.GetString(Bank.Json.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Bank_header_with_the_default_config_in_place_selects_the_shipped_bank_config_for_upload()
    {
        var choice = ConfigSelector.Choose("bank-additional-full.csv", HeaderOf(Bank.Config, ";", quoted: true), Default.Config, "built-in default config", ShippedConfigs.All);

        Assert.True(choice.Fits);
        Assert.Same(Bank, choice.Upload);
        Assert.Equal("samples/configs/bank-marketing.json", choice.Source);
        Assert.Contains("separator ';', 21 columns", choice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_that_the_current_config_fits_keeps_it_and_uploads_nothing()
    {
        var choice = ConfigSelector.Choose("customers.csv", HeaderOf(Default.Config, ","), Default.Config, "built-in default config", ShippedConfigs.All);

        Assert.True(choice.Fits);
        Assert.Null(choice.Upload);
        Assert.Equal("built-in default config", choice.Source);
    }

    [Fact]
    public void Customers_header_after_a_bank_run_switches_back_to_the_shipped_default()
    {
        var choice = ConfigSelector.Choose("customers.csv", HeaderOf(Default.Config, ","), Bank.Config, "s3://b/config/pipeline.json", ShippedConfigs.All);

        Assert.Same(Default, choice.Upload);
    }

    [Fact]
    public void Invalid_current_config_is_replaced_by_the_shipped_config_that_fits()
    {
        var choice = ConfigSelector.Choose("customers.csv", HeaderOf(Default.Config, ","), null, "s3://b/config/pipeline.json", ShippedConfigs.All);

        Assert.Same(Default, choice.Upload);
    }

    [Theory]
    [InlineData("a;b;c\n1;2;3\n", "separator ';', 3 columns: a, b, c")]
    [InlineData("", "has no header line")]
    public void Header_that_nothing_fits_keeps_the_current_config_and_says_config_is_needed(string csv, string detail)
    {
        var choice = ConfigSelector.Choose("odd.csv", CsvHeader.Sniff(Encoding.UTF8.GetBytes(csv)), Default.Config, "built-in default config", ShippedConfigs.All);

        Assert.False(choice.Fits);
        Assert.Null(choice.Upload);
        Assert.Equal("built-in default config", choice.Source);
        Assert.Contains(detail, choice.Message, StringComparison.Ordinal);
        Assert.Contains("--config", choice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fits_needs_the_configs_separator()
    {
        Assert.True(ConfigSelector.Fits(Bank.Config, HeaderOf(Bank.Config, ";")));
        Assert.False(ConfigSelector.Fits(Bank.Config, HeaderOf(Bank.Config, ",")));
    }

    [Fact]
    public void Fits_accepts_the_contract_columns_in_any_order()
    {
        var names = Default.Config.DataContract.Columns.Select(c => c.Name).Reverse();

        Assert.True(ConfigSelector.Fits(Default.Config, new CsvHeader(',', [.. names])));
    }

    [Theory]
    [InlineData("drop")]
    [InlineData("extra")]
    [InlineData("duplicate")]
    [InlineData("rename")]
    public void Fits_rejects_a_header_that_differs_from_the_contract_columns(string change)
    {
        var names = Default.Config.DataContract.Columns.Select(c => c.Name).ToList();
        List<string> header = change switch
        {
            "drop" => names[1..],
            "extra" => [.. names, "notes"],
            "duplicate" => [.. names[1..], names[2]],
            _ => [.. names[1..], names[0].ToUpperInvariant()],
        };

        Assert.False(ConfigSelector.Fits(Default.Config, new CsvHeader(',', header)));
    }

    [Theory]
    [InlineData("\\t", '\t', true)]
    [InlineData("", ',', true)]
    [InlineData("\\t", ',', false)]
    public void Fits_reads_the_configs_separator_as_the_pipeline_does(string separator, char headerSeparator, bool fits)
    {
        var config = Default.Config with { Separator = separator };

        Assert.Equal(fits, ConfigSelector.Fits(config, new CsvHeader(headerSeparator, [.. config.DataContract.Columns.Select(c => c.Name)])));
    }

    [Fact]
    public void No_match_message_shortens_long_column_names()
    {
        var header = new CsvHeader(',', [new string('n', 500), "b"]);

        var choice = ConfigSelector.Choose("wide.csv", header, Default.Config, "built-in default config", ShippedConfigs.All);

        Assert.Contains(new string('n', 40) + "..., b", choice.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('n', 41), choice.Message, StringComparison.Ordinal);
    }
}

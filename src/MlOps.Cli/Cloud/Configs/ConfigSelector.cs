using MlOps.Pipeline.Config;

namespace MlOps.Cli.Cloud.Configs;

/// <summary>
/// Picks the pipeline config for a file when <c>--config</c> is not given: the one the bucket would use (its
/// <c>config/pipeline.json</c>, else the built-in default) when it fits the file's header, otherwise the first shipped
/// config (by file name) whose separator and data-contract columns match the header exactly.
/// </summary>
internal static class ConfigSelector
{
    /// <summary>True when the config's separator is the header's and its contract names exactly the header's columns (any order).</summary>
    public static bool Fits(PipelineConfig config, CsvHeader header)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(header);
        if (SeparatorOf(config) != header.Separator)
        {
            return false;
        }

        var expected = config.DataContract.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var present = header.Columns.ToHashSet(StringComparer.Ordinal);
        return expected.Count > 0 && present.Count == header.Columns.Count && present.SetEquals(expected);
    }

    /// <summary>Chooses between the bucket's current config and the shipped ones for a file named <paramref name="file"/>.</summary>
    public static ConfigChoice Choose(string file, CsvHeader? header, PipelineConfig? current, string currentSource, IReadOnlyList<ShippedConfig> shipped)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        if (header is null)
        {
            return new ConfigChoice(currentSource, null, false,
                $"config: {currentSource}; {file} has no header line to match a config against (pass --config to choose one)");
        }

        var shape = $"separator {CsvHeader.Describe(header.Separator)}, {header.Columns.Count} columns";
        if (current is not null && Fits(current, header))
        {
            return new ConfigChoice(currentSource, null, true, $"config: {currentSource} (fits the header of {file}: {shape})");
        }

        if (shipped.FirstOrDefault(s => Fits(s.Config, header)) is { } match)
        {
            var source = "samples/configs/" + match.FileName;
            return new ConfigChoice(source, match, true, $"config: {source} (built in; the {currentSource} does not fit the header of {file}: {shape})");
        }

        var names = string.Join(", ", header.Columns.Take(8).Select(n => n.Length > 40 ? n[..40] + "..." : n)) + (header.Columns.Count > 8 ? ", ..." : "");
        return new ConfigChoice(currentSource, null, false,
            $"config: {currentSource}; no shipped config fits the header of {file} ({shape}: {names}): pass --config <file> with a data contract for these columns");
    }

    private static char? SeparatorOf(PipelineConfig config) => config.Separator switch
    {
        null or "" => ',',
        "\\t" => '\t',
        { Length: 1 } s => s[0],
        _ => null,
    };
}

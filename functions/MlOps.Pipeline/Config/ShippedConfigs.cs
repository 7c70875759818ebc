using MlOps.Pipeline.Envelope;

namespace MlOps.Pipeline.Config;

/// <summary>
/// The configs shipped in <c>samples/configs/</c>, embedded in this assembly so that a CLI running outside the repo can
/// still offer them (e.g. pick the one whose columns fit an uploaded file). Parsed and validated once, on first use.
/// </summary>
public static class ShippedConfigs
{
    private const string Prefix = "MlOps.Pipeline.Config.Shipped.";

    private static readonly Lazy<IReadOnlyList<ShippedConfig>> Loaded = new(Load);

    /// <summary>Every shipped config, ordered by file name (ordinal).</summary>
    public static IReadOnlyList<ShippedConfig> All => Loaded.Value;

    private static List<ShippedConfig> Load()
    {
        var assembly = typeof(ShippedConfigs).Assembly;
        var configs = new List<ShippedConfig>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded resource '{name}' is listed but cannot be opened.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var fileName = name[Prefix.Length..];
            var bytes = buffer.ToArray();
            configs.Add(new ShippedConfig(fileName, EnvelopeSerializer.ParseConfig(bytes, "samples/configs/" + fileName), bytes));
        }

        return configs;
    }
}

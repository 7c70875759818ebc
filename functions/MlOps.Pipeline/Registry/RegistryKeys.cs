using System.Globalization;

namespace MlOps.Pipeline.Registry;

/// <summary>The registry's object layout under <c>models/&lt;name&gt;/</c>.</summary>
public static class RegistryKeys
{
    /// <summary>Folder of every version.</summary>
    public static string Versions(string model) => $"models/{model}/versions/";

    /// <summary>A version's metadata (the record whose create-only write allocates the number).</summary>
    public static string Metadata(string model, int version) =>
        $"models/{model}/versions/{version.ToString(CultureInfo.InvariantCulture)}/metadata.json";

    /// <summary>A version's artifact.</summary>
    public static string Artifact(string model, int version) =>
        $"models/{model}/versions/{version.ToString(CultureInfo.InvariantCulture)}/model.zip";

    /// <summary>An alias document.</summary>
    public static string Alias(string model, string alias) => $"models/{model}/aliases/{alias}.json";

    /// <summary>The run index entry of a run's artifact.</summary>
    public static string RunIndex(string model, string runId, string sha256) => $"models/{model}/runs/{runId}-{sha256[..16]}.json";

    /// <summary>The version number in a metadata key, or null for any other key.</summary>
    public static int? VersionOf(string model, string key)
    {
        var prefix = Versions(model);
        if (!key.StartsWith(prefix, StringComparison.Ordinal) || !key.EndsWith("/metadata.json", StringComparison.Ordinal))
        {
            return null;
        }

        var middle = key[prefix.Length..^"/metadata.json".Length];
        return int.TryParse(middle, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }
}

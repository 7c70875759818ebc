using System.Security.Cryptography;
using System.Text;
using MlOps.Pipeline.Config;
using MlOps.Pipeline.Data;

namespace MlOps.Functions.Transform;

/// <summary>The transform's inputs besides the data, as canonical text; its hash names the curated folder.</summary>
internal static class TransformSpec
{
    /// <summary>Bumped whenever the cleaning, encoding or split code changes meaning.</summary>
    public const string CodeVersion = "transform/1";

    public const double TestFraction = 0.2;

    public const double ValidationFraction = 0.2;

    /// <summary>Canonical description of the transform for <paramref name="config"/> and <paramref name="seed"/>.</summary>
    public static string Describe(PipelineConfig config, CsvContract contract, int seed)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(contract);
        var features = ContractMapper.Features(config);
        var text = new StringBuilder()
            .Append(CodeVersion).Append('\n')
            .Append("target=").Append(config.Target).Append('\n')
            .Append("positive=").Append(config.PositiveLabel).Append('\n')
            .Append("separator=").Append(contract.Separator).Append('\n')
            .Append("seed=").Append(seed.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n')
            .Append(FormattableString.Invariant($"split=test:{TestFraction},validation:{ValidationFraction}\n"));
        foreach (var feature in features)
        {
            var spec = contract.Column(feature);
            text.Append("feature=").Append(feature).Append(':').Append(spec?.Type.ToString() ?? "?").Append('\n');
        }

        return text.ToString();
    }

    /// <summary>First 16 hex digits of the SHA-256 of the description.</summary>
    public static string Hash(string description) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(description)))[..16];
}

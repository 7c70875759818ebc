using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Envelope;

/// <summary>The dataset version a run trains on (Validate, Transform).</summary>
public sealed record DatasetSection
{
    /// <summary><c>s3://bucket/key</c> of the raw upload.</summary>
    public string? Uri { get; set; }

    /// <summary>Bucket of the raw upload.</summary>
    public string? Bucket { get; set; }

    /// <summary>Key of the raw upload.</summary>
    public string? Key { get; set; }

    /// <summary>SHA-256 (hex) of the raw bytes: the dataset version.</summary>
    public string? Sha256 { get; set; }

    /// <summary>Size of the raw upload.</summary>
    public long? SizeBytes { get; set; }

    /// <summary>Data rows (header excluded).</summary>
    public long? Rows { get; set; }

    /// <summary>Version of the data contract that was checked.</summary>
    public string? ContractVersion { get; set; }

    /// <summary>Where the profile (drift baseline) is.</summary>
    public string? ProfileUri { get; set; }

    /// <summary>Folder of the curated Parquet files.</summary>
    public string? CuratedUri { get; set; }

    /// <summary>Hash of the transform code and config.</summary>
    public string? TransformHash { get; set; }

    /// <summary>Keys of the curated splits.</summary>
    public SplitUris? Splits { get; set; }

    /// <summary>Fields added by later versions, kept as-is.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

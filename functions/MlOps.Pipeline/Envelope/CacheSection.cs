namespace MlOps.Pipeline.Envelope;

/// <summary>Whether Transform reused an existing curated version.</summary>
public sealed record CacheSection
{
    /// <summary>The cache key (<c>curated/&lt;datasetSha&gt;/&lt;transformHash&gt;/</c>).</summary>
    public string? Key { get; set; }

    /// <summary>True when the curated output already existed.</summary>
    public bool Hit { get; set; }

    /// <summary>Why it was a miss, when it was.</summary>
    public string? MissReason { get; set; }
}

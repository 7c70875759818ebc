namespace MlOps.Pipeline.Envelope;

/// <summary>Locations of the curated train, test and validation splits.</summary>
public sealed record SplitUris
{
    /// <summary>Training split.</summary>
    public string? Train { get; set; }

    /// <summary>Test split (final scoring of challenger and champion).</summary>
    public string? Test { get; set; }

    /// <summary>Validation split (candidate selection).</summary>
    public string? Validation { get; set; }
}

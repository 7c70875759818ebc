using MlOps.Pipeline.Modeling;

namespace MlOps.Functions.Transform;

/// <summary>
/// <c>curated/&lt;datasetSha&gt;/&lt;transformHash&gt;/manifest.json</c>, written last: its presence is what makes a cache hit,
/// so a Transform that crashed half way never counts as done.
/// </summary>
internal sealed record CuratedManifest
{
    public required string DatasetSha256 { get; init; }

    public required string TransformHash { get; init; }

    public required string TransformSpec { get; init; }

    public int Seed { get; init; }

    public required string Target { get; init; }

    public required string PositiveLabel { get; init; }

    public IReadOnlyList<string> Features { get; init; } = [];

    public required FeatureEncoding Encoding { get; init; }

    public required SplitInfo Train { get; init; }

    public required SplitInfo Validation { get; init; }

    public required SplitInfo Test { get; init; }
}

namespace MlOps.Pipeline.Storage;

/// <summary>One page of a prefix listing.</summary>
/// <param name="Objects">Objects of this page in ascending key order.</param>
/// <param name="NextContinuationToken">Token for the next page, or null when this was the last one.</param>
public sealed record ObjectListing(IReadOnlyList<ObjectInfo> Objects, string? NextContinuationToken);

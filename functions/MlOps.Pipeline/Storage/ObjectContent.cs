namespace MlOps.Pipeline.Storage;

/// <summary>A whole object's bytes and what the store says about exactly those bytes.</summary>
/// <param name="Bytes">The content.</param>
/// <param name="Info">Key, ETag, size and time of the version read.</param>
public sealed record ObjectContent(ReadOnlyMemory<byte> Bytes, ObjectInfo Info);

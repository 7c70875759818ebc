using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MlOps.Pipeline.Errors;

namespace MlOps.Pipeline.Storage;

/// <summary>Whole-object helpers on top of <see cref="IObjectStore"/>.</summary>
public static class ObjectStoreExtensions
{
    /// <summary>Reads the whole object.</summary>
    public static async Task<byte[]> ReadAllBytesAsync(this IObjectStore store, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return (await store.ReadAsync(key, cancellationToken)).Bytes.ToArray();
    }

    /// <summary>Writes <paramref name="bytes"/> as the whole object.</summary>
    public static Task<ObjectInfo> PutBytesAsync(this IObjectStore store, string key, ReadOnlyMemory<byte> bytes, PutOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return PutCore(store, key, bytes, options, cancellationToken);
    }

    /// <summary>Reads a JSON object with a source-generated type, with the ETag of the version read; null when missing.</summary>
    public static async Task<(T Value, string ETag)?> GetJsonAsync<T>(this IObjectStore store, string key, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ObjectContent content;
        try
        {
            content = await store.ReadAsync(key, cancellationToken);
        }
        catch (ObjectNotFoundException)
        {
            return null;
        }

        var value = JsonSerializer.Deserialize(content.Bytes.Span, typeInfo)
            ?? throw new JsonException($"s3://{store.BucketName}/{key} holds JSON null.");
        return (value, content.Info.ETag);
    }

    /// <summary>Writes a value as JSON with a source-generated type.</summary>
    public static Task<ObjectInfo> PutJsonAsync<T>(this IObjectStore store, string key, T value, JsonTypeInfo<T> typeInfo, PutOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        return PutCore(store, key, bytes, (options ?? new PutOptions()) with { ContentType = "application/json" }, cancellationToken);
    }

    /// <summary>Every object under a prefix, following continuation tokens.</summary>
    public static async IAsyncEnumerable<ObjectInfo> ListAllAsync(this IObjectStore store, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        string? token = null;
        do
        {
            var page = await store.ListAsync(prefix, token, 1000, cancellationToken);
            foreach (var item in page.Objects)
            {
                yield return item;
            }

            token = page.NextContinuationToken;
        }
        while (token is not null);
    }

    /// <summary>SHA-256 (lower-case hex) of an object's bytes, streamed.</summary>
    public static async Task<string> Sha256Async(this IObjectStore store, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var stream = await store.OpenReadAsync(key, cancellationToken);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    private static async Task<ObjectInfo> PutCore(IObjectStore store, string key, ReadOnlyMemory<byte> bytes, PutOptions? options, CancellationToken cancellationToken)
    {
        await using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        return await store.PutAsync(key, stream, options, cancellationToken);
    }
}

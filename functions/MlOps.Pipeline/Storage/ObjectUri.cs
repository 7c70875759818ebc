using MlOps.Pipeline.Errors;

namespace MlOps.Pipeline.Storage;

/// <summary>A bucket and key, written <c>s3://bucket/key</c> in envelopes and reports.</summary>
/// <param name="Bucket">The bucket name.</param>
/// <param name="Key">The validated key.</param>
public sealed record ObjectUri(string Bucket, string Key)
{
    /// <summary>
    /// Parses <c>s3://bucket/key</c>, or takes a bare key as being in <paramref name="defaultBucket"/>.
    /// Throws <c>MlOps.InvalidObjectKey</c> when the key is unsafe.
    /// </summary>
    public static ObjectUri Parse(string uriOrKey, string defaultBucket)
    {
        ArgumentNullException.ThrowIfNull(uriOrKey);
        if (!uriOrKey.StartsWith("s3://", StringComparison.Ordinal))
        {
            return new ObjectUri(defaultBucket, ObjectKey.Validate(uriOrKey));
        }

        var rest = uriOrKey["s3://".Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            throw new InvalidObjectKeyException($"'{uriOrKey}' is not of the form s3://bucket/key.");
        }

        return new ObjectUri(rest[..slash], ObjectKey.Validate(rest[(slash + 1)..]));
    }

    /// <inheritdoc />
    public override string ToString() => $"s3://{Bucket}/{Key}";
}

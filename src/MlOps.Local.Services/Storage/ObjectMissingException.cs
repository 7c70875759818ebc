namespace MlOps.Local.Services.Storage;

/// <summary>S3's <c>NoSuchKey</c>: the object does not exist.</summary>
public sealed class ObjectMissingException : Exception
{
    /// <summary>Creates the error for <paramref name="bucket"/>/<paramref name="key"/>.</summary>
    public ObjectMissingException(string bucket, string key)
        : base($"s3://{bucket}/{key} does not exist")
    {
        Bucket = bucket;
        Key = key;
    }

    /// <summary>Creates the error without detail.</summary>
    public ObjectMissingException()
        : base("The object does not exist.")
    {
        Bucket = Key = string.Empty;
    }

    /// <summary>Creates the error with a message.</summary>
    public ObjectMissingException(string message, Exception inner)
        : base(message, inner)
    {
        Bucket = Key = string.Empty;
    }

    /// <summary>The bucket.</summary>
    public string Bucket { get; }

    /// <summary>The key.</summary>
    public string Key { get; }
}

using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace MlOps.Pipeline.Storage;

/// <summary>Builds S3 clients for AWS or for an S3-compatible endpoint (s3rver, MinIO).</summary>
public static class S3ClientFactory
{
    /// <summary>
    /// A client for <paramref name="serviceUrl"/> set up for S3-compatible servers: path-style addressing, no
    /// aws-chunked uploads (set per request by <see cref="S3ObjectStore"/>), checksums only when an operation requires
    /// them — servers such as s3rver otherwise store chunk signatures inside the object.
    /// </summary>
    public static AmazonS3Client ForEndpoint(string serviceUrl, AWSCredentials credentials, string region = "us-east-1")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        var config = new AmazonS3Config
        {
            ServiceURL = serviceUrl,
            ForcePathStyle = true,
            AuthenticationRegion = region,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            MaxErrorRetry = 2,
        };
        return new AmazonS3Client(credentials, config);
    }

    /// <summary>A client for AWS S3 in <paramref name="region"/> with the default credential chain.</summary>
    public static AmazonS3Client ForAws(string region) =>
        new(new AmazonS3Config { RegionEndpoint = RegionEndpoint.GetBySystemName(region) });

    /// <summary>
    /// Credentials from the function environment (<c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>,
    /// <c>AWS_SESSION_TOKEN</c>), or null so the SDK's default chain applies.
    /// </summary>
    public static AWSCredentials? FromEnvironment(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.TryGetValue("AWS_ACCESS_KEY_ID", out var accessKey) || !environment.TryGetValue("AWS_SECRET_ACCESS_KEY", out var secret))
        {
            return null;
        }

        return environment.TryGetValue("AWS_SESSION_TOKEN", out var token) && token.Length > 0
            ? new SessionAWSCredentials(accessKey, secret, token)
            : new BasicAWSCredentials(accessKey, secret);
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MlOps.Local.Services.Storage;
using MlOps.StepFunctions.Integrations;

namespace MlOps.Local.Services.Integrations;

/// <summary>
/// The S3 AWS SDK integrations the machines use (<c>arn:aws:states:::aws-sdk:s3:getObject|putObject|copyObject|headObject</c>)
/// over the local buckets, with S3's response fields and <c>S3.NoSuchKeyException</c>. Writes fire the template's events.
/// </summary>
public sealed class S3Integration(IBucketStore buckets, Func<StoredObject, CancellationToken, Task> onWrite) : IResourceHandler
{
    private const string Prefix = "arn:aws:states:::aws-sdk:s3:";

    /// <summary>Registers the integration.</summary>
    public void RegisterOn(ResourceHandlerRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Register(Prefix, this, IntegrationPattern.RequestResponse);
    }

    /// <inheritdoc />
    public async ValueTask<TaskOutcome> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var action = request.Resource[Prefix.Length..];
        var p = request.Parameters as JsonObject ?? [];
        var bucket = p["Bucket"]?.ToString() ?? string.Empty;
        var key = p["Key"]?.ToString() ?? string.Empty;
        try
        {
            switch (action)
            {
                case "getObject":
                    var (content, info) = await buckets.GetAsync(bucket, key, cancellationToken);
                    var meta = Meta(info);
                    meta["Body"] = Encoding.UTF8.GetString(content);
                    return TaskOutcome.Succeeded(meta);
                case "headObject":
                    var head = await buckets.HeadAsync(bucket, key, cancellationToken) ?? throw new ObjectMissingException(bucket, key);
                    return TaskOutcome.Succeeded(Meta(head));
                case "putObject":
                    var body = p["Body"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : p["Body"]?.ToJsonString() ?? string.Empty;
                    var put = await buckets.PutAsync(bucket, key, Encoding.UTF8.GetBytes(body), cancellationToken);
                    await onWrite(put, cancellationToken);
                    return TaskOutcome.Succeeded(new JsonObject { ["ETag"] = $"\"{put.ETag}\"" });
                case "copyObject":
                    var source = p["CopySource"]?.ToString() ?? string.Empty;
                    var slash = source.TrimStart('/').IndexOf('/', StringComparison.Ordinal);
                    if (slash <= 0)
                    {
                        return TaskOutcome.Failed("S3.S3Exception", $"CopySource '{source}' is not bucket/key");
                    }

                    var trimmed = source.TrimStart('/');
                    var (bytes, _) = await buckets.GetAsync(trimmed[..slash], Uri.UnescapeDataString(trimmed[(slash + 1)..]), cancellationToken);
                    var copy = await buckets.PutAsync(bucket, key, bytes, cancellationToken);
                    await onWrite(copy, cancellationToken);
                    return TaskOutcome.Succeeded(new JsonObject
                    {
                        ["CopyObjectResult"] = new JsonObject { ["ETag"] = $"\"{copy.ETag}\"", ["LastModified"] = Iso(copy.LastModified) },
                    });
                default:
                    return TaskOutcome.Failed("States.Runtime", $"s3:{action} is not supported locally");
            }
        }
        catch (ObjectMissingException ex)
        {
            return TaskOutcome.Failed("S3.NoSuchKeyException", ex.Message);
        }
        catch (ArgumentException ex)
        {
            return TaskOutcome.Failed("S3.S3Exception", ex.Message);
        }
    }

    private static JsonObject Meta(StoredObject info) => new()
    {
        ["AcceptRanges"] = "bytes",
        ["ContentLength"] = info.Size,
        ["ContentType"] = "application/octet-stream",
        ["ETag"] = $"\"{info.ETag}\"",
        ["LastModified"] = Iso(info.LastModified),
        ["Metadata"] = new JsonObject(),
    };

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

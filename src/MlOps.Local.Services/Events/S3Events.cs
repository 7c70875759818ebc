using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.Local.Services.Storage;

namespace MlOps.Local.Services.Events;

/// <summary>
/// The two event shapes S3 emits for an object write: the EventBridge <c>Object Created</c> event and the
/// S3 notification record (<c>ObjectCreated:Put</c>), with AWS's field names.
/// </summary>
public static class S3Events
{
    /// <summary>The EventBridge event (source <c>aws.s3</c>, detail-type <c>Object Created</c>).</summary>
    public static JsonObject EventBridgeObjectCreated(StoredObject obj, DateTimeOffset time, string region, string account)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return new JsonObject
        {
            ["version"] = "0",
            ["id"] = Guid.NewGuid().ToString(),
            ["detail-type"] = "Object Created",
            ["source"] = "aws.s3",
            ["account"] = account,
            ["time"] = Iso(time),
            ["region"] = region,
            ["resources"] = new JsonArray($"arn:aws:s3:::{obj.Bucket}"),
            ["detail"] = new JsonObject
            {
                ["version"] = "0",
                ["bucket"] = new JsonObject { ["name"] = obj.Bucket },
                ["object"] = new JsonObject
                {
                    ["key"] = obj.Key,
                    ["size"] = obj.Size,
                    ["etag"] = obj.ETag,
                    ["sequencer"] = time.UtcTicks.ToString("X16", CultureInfo.InvariantCulture),
                },
                ["request-id"] = RequestId(),
                ["requester"] = account,
                ["source-ip-address"] = "127.0.0.1",
                ["reason"] = "PutObject",
            },
        };
    }

    /// <summary>The S3 notification event (<c>{"Records": [...]}</c>) for a function.</summary>
    public static JsonObject NotificationObjectCreated(StoredObject obj, DateTimeOffset time, string region, string configurationId)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var record = new JsonObject
        {
            ["eventVersion"] = "2.1",
            ["eventSource"] = "aws:s3",
            ["awsRegion"] = region,
            ["eventTime"] = Iso(time),
            ["eventName"] = "ObjectCreated:Put",
            ["userIdentity"] = new JsonObject { ["principalId"] = "LOCAL" },
            ["requestParameters"] = new JsonObject { ["sourceIPAddress"] = "127.0.0.1" },
            ["responseElements"] = new JsonObject { ["x-amz-request-id"] = RequestId(), ["x-amz-id-2"] = RequestId() },
            ["s3"] = new JsonObject
            {
                ["s3SchemaVersion"] = "1.0",
                ["configurationId"] = configurationId,
                ["bucket"] = new JsonObject
                {
                    ["name"] = obj.Bucket,
                    ["ownerIdentity"] = new JsonObject { ["principalId"] = "LOCAL" },
                    ["arn"] = $"arn:aws:s3:::{obj.Bucket}",
                },
                ["object"] = new JsonObject
                {
                    ["key"] = Uri.EscapeDataString(obj.Key).Replace("%2F", "/", StringComparison.Ordinal),
                    ["size"] = obj.Size,
                    ["eTag"] = obj.ETag,
                    ["sequencer"] = time.UtcTicks.ToString("X16", CultureInfo.InvariantCulture),
                },
            },
        };
        return new JsonObject { ["Records"] = new JsonArray(record) };
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string RequestId() => Convert.ToHexString(Guid.NewGuid().ToByteArray())[..16];
}

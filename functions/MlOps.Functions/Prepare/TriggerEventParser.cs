using System.Globalization;
using System.Net;
using System.Text.Json;
using MlOps.Pipeline.Errors;

namespace MlOps.Functions.Prepare;

/// <summary>
/// Reads the three inputs Prepare accepts: an S3 event notification (<c>Records[0].s3</c>; keys are URL-encoded with
/// <c>+</c> for space and are decoded here), an EventBridge "Object Created" event from <c>aws.s3</c> (<c>detail.bucket.name</c>,
/// <c>detail.object.key</c>; EventBridge delivers keys unencoded, so they are taken as-is), or an execution input
/// <c>{"bucket", "key"}</c>. Anything else is <c>MlOps.InvalidEvent</c> naming what is missing.
/// </summary>
internal static class TriggerEventParser
{
    public static TriggerEvent Parse(JsonElement input)
    {
        if (input.TryGetProperty("Records", out var records))
        {
            return FromS3Notification(records);
        }

        if (input.TryGetProperty("detail-type", out var detailType))
        {
            return FromEventBridge(input, detailType);
        }

        if (input.TryGetProperty("bucket", out _) || input.TryGetProperty("key", out _))
        {
            return FromExecutionInput(input);
        }

        throw new InvalidEventException(
            "Prepare expects an S3 notification ($.Records[0].s3), an EventBridge 'Object Created' event ($.detail) or {\"bucket\", \"key\"}; "
            + "the event has none of $.Records, $.detail-type, $.bucket, $.key.");
    }

    private static TriggerEvent FromS3Notification(JsonElement records)
    {
        if (records.ValueKind != JsonValueKind.Array || records.GetArrayLength() == 0)
        {
            throw new InvalidEventException("$.Records must be a non-empty array.");
        }

        if (records.GetArrayLength() > 1)
        {
            throw new InvalidEventException($"$.Records has {records.GetArrayLength()} records; Prepare starts one run per object, so send one record per event.");
        }

        var record = records[0];
        if (record.TryGetProperty("eventName", out var name) && name.GetString() is { } eventName
            && !eventName.StartsWith("ObjectCreated:", StringComparison.Ordinal))
        {
            throw new InvalidEventException($"$.Records[0].eventName is '{eventName}', not an ObjectCreated event.");
        }

        var s3 = Required(record, "s3", "$.Records[0]");
        var bucket = RequiredString(Required(s3, "bucket", "$.Records[0].s3"), "name", "$.Records[0].s3.bucket");
        var obj = Required(s3, "object", "$.Records[0].s3");
        var rawKey = RequiredString(obj, "key", "$.Records[0].s3.object");
        return new TriggerEvent
        {
            Source = "s3",
            Bucket = bucket,
            Key = WebUtility.UrlDecode(rawKey),
            Etag = OptionalString(obj, "eTag")?.Trim('"'),
            SizeBytes = OptionalInt64(obj, "size"),
            Sequencer = OptionalString(obj, "sequencer"),
            EventTime = OptionalTime(record, "eventTime"),
        };
    }

    private static TriggerEvent FromEventBridge(JsonElement input, JsonElement detailType)
    {
        if (detailType.ValueKind != JsonValueKind.String || detailType.GetString() != "Object Created")
        {
            throw new InvalidEventException($"$.detail-type is {detailType.GetRawText()}, expected \"Object Created\".");
        }

        if (OptionalString(input, "source") is { } source && source != "aws.s3")
        {
            throw new InvalidEventException($"$.source is '{source}', expected 'aws.s3'.");
        }

        var detail = Required(input, "detail", "$");
        var bucket = RequiredString(Required(detail, "bucket", "$.detail"), "name", "$.detail.bucket");
        var obj = Required(detail, "object", "$.detail");
        return new TriggerEvent
        {
            Source = "eventbridge",
            Bucket = bucket,
            Key = RequiredString(obj, "key", "$.detail.object"),
            Etag = OptionalString(obj, "etag")?.Trim('"'),
            SizeBytes = OptionalInt64(obj, "size"),
            Sequencer = OptionalString(obj, "sequencer"),
            EventTime = OptionalTime(input, "time"),
        };
    }

    private static TriggerEvent FromExecutionInput(JsonElement input) => new()
    {
        Source = "execution",
        Bucket = RequiredString(input, "bucket", "$"),
        Key = RequiredString(input, "key", "$"),
        ParentRunId = OptionalString(input, "parentRunId"),
        Seed = input.TryGetProperty("seed", out var seed)
            ? seed.ValueKind == JsonValueKind.Number && seed.TryGetInt32(out var s) ? s : throw new InvalidEventException("$.seed must be an integer.")
            : null,
    };

    private static JsonElement Required(JsonElement parent, string name, string path) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw new InvalidEventException($"{path}.{name} is missing or not an object.");

    private static string RequiredString(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidEventException($"{path}.{name} is missing or not a non-empty string.");

    private static string? OptionalString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? OptionalInt64(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : null;

    private static DateTimeOffset? OptionalTime(JsonElement parent, string name) =>
        OptionalString(parent, name) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}

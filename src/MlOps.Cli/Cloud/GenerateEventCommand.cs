using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlOps.Local.Services.Events;
using MlOps.Local.Services.Storage;

namespace MlOps.Cli.Cloud;

/// <summary><c>mlops generate-event</c>: sample events in AWS's shapes (SAM's <c>local generate-event</c>).</summary>
internal static class GenerateEventCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "s3-put | eventbridge-s3 | function-url | stepfunctions" };
        kind.AcceptOnlyFromAmong("s3-put", "eventbridge-s3", "function-url", "stepfunctions");
        var bucket = new Option<string>("--bucket") { Description = "Bucket name", DefaultValueFactory = _ => "mlops-data-123456789012-us-east-1-dev" };
        var key = new Option<string>("--key") { Description = "Object key", DefaultValueFactory = _ => "raw/customers/customers.csv" };
        var etag = new Option<string>("--etag") { Description = "Object ETag", DefaultValueFactory = _ => "d41d8cd98f00b204e9800998ecf8427e" };
        var size = new Option<long>("--size") { Description = "Object size", DefaultValueFactory = _ => 1024 };
        var body = new Option<string>("--body") { Description = "Function URL request body (JSON text or @file)", DefaultValueFactory = _ => "{}" };
        var command = new Command("generate-event", "Print a sample event: S3 put, EventBridge S3 Object Created, Function URL request, or execution input")
        {
            kind, bucket, key, etag, size, body,
        };
        command.SetGuardedAction(async (parse, io, ct) =>
        {
            var now = DateTimeOffset.UtcNow;
            var obj = new StoredObject(parse.GetValue(bucket)!, parse.GetValue(key)!, parse.GetValue(etag)!, parse.GetValue(size), now);
            JsonNode evt = parse.GetValue(kind) switch
            {
                "s3-put" => S3Events.NotificationObjectCreated(obj, now, "us-east-1", "raw-upload"),
                "eventbridge-s3" => S3Events.EventBridgeObjectCreated(obj, now, "us-east-1", "123456789012"),
                "function-url" => FunctionUrl(InputFiles.JsonArgument(parse.GetValue(body)!, "--body"), now),
                _ => new JsonObject { ["bucket"] = obj.Bucket, ["key"] = obj.Key },
            };
            await io.Output.WriteLineAsync(evt.ToJsonString(Indented));
            return 0;
        });
        return command;
    }

    /// <summary>A Function URL request (payload format 2.0) with IAM auth, as Lambda delivers it.</summary>
    internal static JsonObject FunctionUrl(string body, DateTimeOffset now)
    {
        JsonNode.Parse(body);
        var requestId = Guid.NewGuid().ToString();
        return new JsonObject
        {
            ["version"] = "2.0",
            ["routeKey"] = "$default",
            ["rawPath"] = "/",
            ["rawQueryString"] = string.Empty,
            ["headers"] = new JsonObject
            {
                ["content-type"] = "application/json",
                ["host"] = "abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws",
                ["x-amzn-trace-id"] = "Root=1-00000000-000000000000000000000000",
            },
            ["requestContext"] = new JsonObject
            {
                ["accountId"] = "123456789012",
                ["apiId"] = "abcdefghijklmnopqrstuvwxyz012345",
                ["authorizer"] = new JsonObject
                {
                    ["iam"] = new JsonObject
                    {
                        ["accessKey"] = "AKIAIOSFODNN7EXAMPLE",
                        ["accountId"] = "123456789012",
                        ["callerId"] = "AIDACKCEVSQ6C2EXAMPLE",
                        ["userArn"] = "arn:aws:iam::123456789012:user/local",
                        ["userId"] = "AIDACKCEVSQ6C2EXAMPLE",
                    },
                },
                ["domainName"] = "abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws",
                ["domainPrefix"] = "abcdefghijklmnopqrstuvwxyz012345",
                ["http"] = new JsonObject
                {
                    ["method"] = "POST",
                    ["path"] = "/",
                    ["protocol"] = "HTTP/1.1",
                    ["sourceIp"] = "127.0.0.1",
                    ["userAgent"] = "mlops",
                },
                ["requestId"] = requestId,
                ["routeKey"] = "$default",
                ["stage"] = "$default",
                ["time"] = now.ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture),
                ["timeEpoch"] = now.ToUnixTimeMilliseconds(),
            },
            ["body"] = body,
            ["isBase64Encoded"] = false,
        };
    }
}

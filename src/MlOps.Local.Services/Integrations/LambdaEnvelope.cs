using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlOps.Local.Services.Integrations;

/// <summary>The <c>lambda:invoke</c> optimized integration's result shape, exactly as AWS returns it.</summary>
internal static class LambdaEnvelope
{
    public static JsonObject Success(JsonNode? payload, string requestId, DateTimeOffset now, int statusCode = 200)
    {
        var headers = new JsonObject
        {
            ["Connection"] = "keep-alive",
            ["Content-Length"] = (payload?.ToJsonString().Length ?? 0).ToString(CultureInfo.InvariantCulture),
            ["Content-Type"] = "application/json",
            ["Date"] = now.ToString("R", CultureInfo.InvariantCulture),
            ["X-Amz-Executed-Version"] = "$LATEST",
            ["x-amzn-Remapped-Content-Length"] = "0",
            ["x-amzn-RequestId"] = requestId,
        };
        var all = new JsonObject();
        foreach (var (k, v) in headers)
        {
            all[k] = new JsonArray(v?.DeepClone());
        }

        return new JsonObject
        {
            ["ExecutedVersion"] = "$LATEST",
            ["Payload"] = payload,
            ["SdkHttpMetadata"] = new JsonObject { ["AllHttpHeaders"] = all, ["HttpHeaders"] = headers, ["HttpStatusCode"] = statusCode },
            ["SdkResponseMetadata"] = new JsonObject { ["RequestId"] = requestId },
            ["StatusCode"] = statusCode,
        };
    }

    /// <summary>A function's response bytes as JSON; a non-JSON response becomes a string, as Step Functions shows it.</summary>
    public static JsonNode? Parse(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(bytes);
        }
        catch (JsonException)
        {
            return JsonValue.Create(Encoding.UTF8.GetString(bytes));
        }
    }
}

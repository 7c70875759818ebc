using System.Buffers;
using System.Text;
using System.Text.Json;

namespace MlOps.Functions.Predict;

/// <summary>Function URL (payload v2) responses: <c>{statusCode, headers, body}</c> with a JSON body string.</summary>
internal static class HttpResponse
{
    /// <summary>A response whose body is the JSON <paramref name="writeBody"/> writes.</summary>
    public static byte[] Json(int statusCode, Action<Utf8JsonWriter> writeBody)
    {
        ArgumentNullException.ThrowIfNull(writeBody);
        var body = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(body))
        {
            writeBody(writer);
        }

        var response = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(response))
        {
            writer.WriteStartObject();
            writer.WriteNumber("statusCode", statusCode);
            writer.WriteStartObject("headers");
            writer.WriteString("content-type", "application/json");
            writer.WriteEndObject();
            writer.WriteString("body", Encoding.UTF8.GetString(body.WrittenSpan));
            writer.WriteBoolean("isBase64Encoded", false);
            writer.WriteEndObject();
        }

        return response.WrittenSpan.ToArray();
    }

    /// <summary>An error response <c>{"error": message}</c>.</summary>
    public static byte[] Error(int statusCode, string message) => Json(statusCode, w =>
    {
        w.WriteStartObject();
        w.WriteString("error", message);
        w.WriteEndObject();
    });
}

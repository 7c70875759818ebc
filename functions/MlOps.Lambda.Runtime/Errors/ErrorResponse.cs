using System.Text.Json;

namespace MlOps.Lambda.Runtime.Errors;

/// <summary>
/// The error body Lambda records for a failed invocation or init:
/// <c>{"errorType", "errorMessage", "stackTrace": [...], "cause": {...}}</c>.
/// </summary>
/// <param name="ErrorType">The name Step Functions matches (<c>INamedError.ErrorName</c> or the short CLR type name).</param>
/// <param name="ErrorMessage">The exception message, if any.</param>
/// <param name="StackTrace">The stack trace split into trimmed lines (may be empty).</param>
/// <param name="Cause">The inner exception, same shape, if any.</param>
public sealed record ErrorResponse(string ErrorType, string? ErrorMessage, IReadOnlyList<string> StackTrace, ErrorResponse? Cause = null)
{
    /// <summary>Bodies above this size are replaced by a short message, as RuntimeSupport does (256 KiB).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Serializes the error to UTF-8 JSON, capped at <see cref="MaxBodyBytes"/>.</summary>
    public byte[] ToJsonBytes()
    {
        var bytes = Write(this);
        if (bytes.Length <= MaxBodyBytes)
        {
            return bytes;
        }

        var truncated = new ErrorResponse(
            ErrorType,
            "Exception exceeded maximum payload size of 256KB. See CloudWatch logs for the full exception.",
            []);
        return Write(truncated);
    }

    /// <summary>Reads an error body written by any Lambda runtime; returns null when it is not an error object.</summary>
    public static ErrorResponse? TryParse(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            return document.RootElement.ValueKind == JsonValueKind.Object ? FromElement(document.RootElement) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ErrorResponse? FromElement(JsonElement element)
    {
        if (!element.TryGetProperty("errorType", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        string? message = element.TryGetProperty("errorMessage", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        var stack = new List<string>();
        if (element.TryGetProperty("stackTrace", out var s) && s.ValueKind == JsonValueKind.Array)
        {
            stack.AddRange(s.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
        }

        var cause = element.TryGetProperty("cause", out var c) && c.ValueKind == JsonValueKind.Object ? FromElement(c) : null;
        return new ErrorResponse(type.GetString()!, message, stack, cause);
    }

    private static byte[] Write(ErrorResponse error)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteObject(writer, error);
        }

        return buffer.ToArray();
    }

    private static void WriteObject(Utf8JsonWriter writer, ErrorResponse error)
    {
        writer.WriteStartObject();
        writer.WriteString("errorType", error.ErrorType);
        if (error.ErrorMessage is not null)
        {
            writer.WriteString("errorMessage", error.ErrorMessage);
        }

        if (error.StackTrace.Count > 0)
        {
            writer.WriteStartArray("stackTrace");
            foreach (var line in error.StackTrace)
            {
                writer.WriteStringValue(line);
            }

            writer.WriteEndArray();
        }

        if (error.Cause is not null)
        {
            writer.WritePropertyName("cause");
            WriteObject(writer, error.Cause);
        }

        writer.WriteEndObject();
    }
}

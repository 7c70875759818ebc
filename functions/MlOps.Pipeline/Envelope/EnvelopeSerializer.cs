using System.Text.Json;
using MlOps.Pipeline.Config;
using MlOps.Pipeline.Errors;

namespace MlOps.Pipeline.Envelope;

/// <summary>Reads (with schema validation) and writes envelopes and pipeline configs.</summary>
public static class EnvelopeSerializer
{
    private const int MaxReportedViolations = 10;

    /// <summary>
    /// Parses UTF-8 JSON into an envelope after validating it against envelope.schema.json.
    /// Throws <see cref="EnvelopeInvalidException"/> naming the JSON path of each bad field.
    /// </summary>
    public static PipelineEnvelope Parse(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = ParseDocument(utf8Json, "envelope");
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new EnvelopeInvalidException($"The envelope must be a JSON object, got {document.RootElement.ValueKind}.");
        }

        var violations = EnvelopeSchema.Validator.Validate(document.RootElement);
        if (violations.Count > 0)
        {
            throw new EnvelopeInvalidException("The envelope does not match envelope.schema.json: " + Summarize(violations));
        }

        try
        {
            return document.RootElement.Deserialize(EnvelopeJsonContext.Default.PipelineEnvelope)
                ?? throw new EnvelopeInvalidException("The envelope is null.");
        }
        catch (JsonException ex)
        {
            // Valid by the schema but not representable (e.g. an integer beyond Int32): still the caller's data.
            throw new EnvelopeInvalidException($"The envelope field {ex.Path ?? "$"} cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>Writes the envelope as compact UTF-8 JSON (camelCase, nulls omitted).</summary>
    public static byte[] Serialize(PipelineEnvelope envelope) =>
        JsonSerializer.SerializeToUtf8Bytes(envelope, EnvelopeJsonContext.Default.PipelineEnvelope);

    /// <summary>
    /// Parses and validates a pipeline config (the schema's <c>config</c> definition).
    /// Throws <see cref="InvalidConfigException"/> naming <paramref name="source"/> and each bad field.
    /// </summary>
    public static PipelineConfig ParseConfig(ReadOnlyMemory<byte> utf8Json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new InvalidConfigException($"The pipeline config {source} is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidConfigException($"The pipeline config {source} must be a JSON object.");
            }

            var violations = EnvelopeSchema.Validator.Validate(document.RootElement, "config");
            if (violations.Count > 0)
            {
                throw new InvalidConfigException($"The pipeline config {source} is invalid: " + Summarize(violations));
            }

            try
            {
                return document.RootElement.Deserialize(EnvelopeJsonContext.Default.PipelineConfig)!;
            }
            catch (JsonException ex)
            {
                throw new InvalidConfigException($"The pipeline config {source} field {ex.Path ?? "$"} cannot be read: {ex.Message}", ex);
            }
        }
    }

    /// <summary>Writes a config as indented UTF-8 JSON.</summary>
    public static byte[] SerializeConfig(PipelineConfig config) =>
        JsonSerializer.SerializeToUtf8Bytes(config, EnvelopeJsonContext.Default.PipelineConfig);

    private static JsonDocument ParseDocument(ReadOnlyMemory<byte> utf8Json, string what)
    {
        try
        {
            return JsonDocument.Parse(utf8Json);
        }
        catch (JsonException ex)
        {
            throw new EnvelopeInvalidException($"The {what} is not valid JSON at {ex.Path ?? "$"} (line {ex.LineNumber}, byte {ex.BytePositionInLine}): {ex.Message}", ex);
        }
    }

    private static string Summarize(IReadOnlyList<SchemaViolation> violations)
    {
        var shown = string.Join("; ", violations.Take(MaxReportedViolations));
        return violations.Count > MaxReportedViolations ? $"{shown}; and {violations.Count - MaxReportedViolations} more" : shown;
    }
}

using System.Text.Json;
using MlOps.Lambda.Runtime.Context;
using MlOps.Lambda.Runtime.Hosting;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;

namespace MlOps.Functions.Hosting;

/// <summary>
/// Adapts typed functions to the raw <see cref="LambdaHandler"/>: parse with the source-generated context,
/// validate against envelope.schema.json (<c>MlOps.EnvelopeInvalid</c> naming the field), call, record the
/// function's time under <c>timingsMs</c>, serialize. No reflection, so it stays trim/AOT-clean.
/// </summary>
internal static class EnvelopeHandler
{
    /// <summary>A function whose input and output are the envelope.</summary>
    public static LambdaHandler Create(
        string functionName,
        Func<PipelineEnvelope, ILambdaContext, CancellationToken, Task<PipelineEnvelope>> function,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(time);
        return async (payload, context, cancellationToken) =>
        {
            var started = time.GetTimestamp();
            var envelope = EnvelopeSerializer.Parse(payload);
            var result = await function(envelope, context, cancellationToken);
            return EnvelopeSerializer.Serialize(result.WithTiming(functionName, time.GetElapsedTime(started).TotalMilliseconds));
        };
    }

    /// <summary>A function whose input is an event (any JSON object) and whose output is the envelope (Prepare).</summary>
    public static LambdaHandler CreateFromEvent(
        string functionName,
        Func<JsonElement, ILambdaContext, CancellationToken, Task<PipelineEnvelope>> function,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(time);
        return async (payload, context, cancellationToken) =>
        {
            var started = time.GetTimestamp();
            using var document = ParseEvent(payload);
            var result = await function(document.RootElement, context, cancellationToken);
            return EnvelopeSerializer.Serialize(result.WithTiming(functionName, time.GetElapsedTime(started).TotalMilliseconds));
        };
    }

    private static JsonDocument ParseEvent(ReadOnlyMemory<byte> payload)
    {
        try
        {
            var document = JsonDocument.Parse(payload);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new InvalidEventException("The event must be a JSON object.");
            }

            return document;
        }
        catch (JsonException ex)
        {
            throw new InvalidEventException($"The event is not valid JSON (line {ex.LineNumber}, byte {ex.BytePositionInLine}): {ex.Message}", ex);
        }
    }
}

using MlOps.Pipeline.Config;
using MlOps.Pipeline.Errors;

namespace MlOps.Pipeline.Envelope;

/// <summary>Checks a function makes before it relies on a section another step should have filled.</summary>
public static class EnvelopeExtensions
{
    /// <summary>The <c>run</c> section, or <see cref="EnvelopeInvalidException"/> naming <c>$.run</c>.</summary>
    public static RunSection RequireRun(this PipelineEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return envelope.Run ?? throw new EnvelopeInvalidException("$.run is required (the envelope has not been through Prepare).");
    }

    /// <summary>The <c>config</c> section, or <see cref="EnvelopeInvalidException"/> naming <c>$.config</c>.</summary>
    public static PipelineConfig RequireConfig(this PipelineEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return envelope.Config ?? throw new EnvelopeInvalidException("$.config is required (the envelope has not been through Prepare).");
    }

    /// <summary>Returns a copy with <paramref name="milliseconds"/> recorded under <paramref name="function"/> in <c>timingsMs</c>.</summary>
    public static PipelineEnvelope WithTiming(this PipelineEnvelope envelope, string function, double milliseconds)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var timings = envelope.TimingsMs is null
            ? new Dictionary<string, double>(StringComparer.Ordinal)
            : new Dictionary<string, double>(envelope.TimingsMs, StringComparer.Ordinal);
        timings[function] = Math.Round(milliseconds, 3);
        return envelope with { TimingsMs = timings };
    }
}

using System.Diagnostics;
using System.Runtime.CompilerServices;
using MlOps.Lambda.Runtime.Context;
using MlOps.Lambda.Runtime.Hosting;
using MlOps.Pipeline.Envelope;

[assembly: InternalsVisibleTo("MlOps.Functions.Tests")]

namespace MlOps.Functions.Hosting;

/// <summary>
/// Adapts a typed envelope function to the raw <see cref="LambdaHandler"/>: parse and schema-validate the envelope,
/// run the function, record its time under <c>timingsMs</c>, serialize (source-generated JSON, no reflection).
/// </summary>
internal static class MlEnvelopeAdapter
{
    /// <summary>The raw handler of <paramref name="function"/>, timed under <paramref name="name"/>.</summary>
    public static LambdaHandler Wrap(string name, Func<PipelineEnvelope, ILambdaContext, CancellationToken, Task<PipelineEnvelope>> function) =>
        async (payload, context, cancellationToken) =>
        {
            var started = Stopwatch.GetTimestamp();
            var envelope = EnvelopeSerializer.Parse(payload);
            var result = await function(envelope, context, cancellationToken);
            return EnvelopeSerializer.Serialize(result.WithTiming(name, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        };

    /// <summary>The handler string of a function (CONTRACT.md).</summary>
    public static string HandlerName(string function) => $"MlOps.Functions::MlOps.Functions.{function}.{function}Function::HandleAsync";
}

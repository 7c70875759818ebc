using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MlOps.Lambda.Runtime.Context;
using MlOps.Lambda.Runtime.Hosting;

namespace MlOps.Lambda.Runtime.Serialization;

/// <summary>Adapts a typed handler to the raw <see cref="LambdaHandler"/> through source-generated metadata (no reflection).</summary>
public static class TypedHandler
{
    /// <summary>Builds the raw delegate: deserialize the event, call <paramref name="handler"/>, serialize its result.</summary>
    /// <typeparam name="TIn">Event type.</typeparam>
    /// <typeparam name="TOut">Response type.</typeparam>
    /// <param name="handler">The typed function.</param>
    /// <param name="input">Source-generated metadata for the event type (from a context built on <see cref="LambdaJsonDefaults"/>).</param>
    /// <param name="output">Source-generated metadata for the response type.</param>
    public static LambdaHandler Create<TIn, TOut>(
        Func<TIn, ILambdaContext, CancellationToken, Task<TOut>> handler, JsonTypeInfo<TIn> input, JsonTypeInfo<TOut> output)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        return async (payload, context, cancellationToken) =>
        {
            var request = Deserialize(payload, input);
            var response = await handler(request, context, cancellationToken);
            try
            {
                return JsonSerializer.SerializeToUtf8Bytes(response, output);
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException)
            {
                throw new LambdaSerializationException(
                    $"Error converting the response object of type {typeof(TOut).FullName} from the Lambda function to JSON: {exception.Message}",
                    exception);
            }
        };
    }

    private static TIn Deserialize<TIn>(ReadOnlyMemory<byte> payload, JsonTypeInfo<TIn> input)
    {
        try
        {
            return JsonSerializer.Deserialize(payload.Span, input)!;
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            throw new LambdaSerializationException(
                $"Error converting the Lambda event JSON payload to type {typeof(TIn).FullName}: {exception.Message}", exception);
        }
    }
}

using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Predict;

/// <summary>
/// Logs a sample of scored requests for drift checks: one JSON Lines object per sampled request under
/// <c>inference-logs/&lt;model&gt;/&lt;yyyy-MM-dd&gt;/</c>, each line the instance, its probability and the model version.
/// Sampling is by a hash of the request id, so a retried request is sampled the same way.
/// </summary>
internal static class InferenceLog
{
    /// <summary>The key prefix of a model's logs.</summary>
    public static string Prefix(string model) => $"inference-logs/{model}/";

    /// <summary>True when the request falls in the sample.</summary>
    public static bool Sampled(string requestId, double rate)
    {
        ArgumentNullException.ThrowIfNull(requestId);
        if (rate >= 1)
        {
            return true;
        }

        var hash = BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(requestId)));
        return hash / (double)uint.MaxValue < rate;
    }

    /// <summary>Writes the log object for one request.</summary>
    public static async Task WriteAsync(IObjectStore store, LoadedModel model, string requestId, DateTimeOffset now,
        IReadOnlyList<JsonElement> instances, float[] probabilities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(model);
        var buffer = new ArrayBufferWriter<byte>();
        for (var i = 0; i < instances.Count; i++)
        {
            if (float.IsNaN(probabilities[i]))
            {
                continue;
            }

            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteNumber("modelVersion", model.Version);
                writer.WriteString("requestId", requestId);
                writer.WriteString("at", now);
                writer.WriteNumber("probability", probabilities[i]);
                writer.WritePropertyName("instance");
                instances[i].WriteTo(writer);
                writer.WriteEndObject();
            }

            buffer.Write("\n"u8);
        }

        var safeId = new string([.. requestId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
        var key = FormattableString.Invariant($"{Prefix(model.Name)}{now:yyyy-MM-dd}/{now:HHmmss}-{safeId}.jsonl");
        await store.PutBytesAsync(key, buffer.WrittenMemory, cancellationToken: cancellationToken);
    }
}

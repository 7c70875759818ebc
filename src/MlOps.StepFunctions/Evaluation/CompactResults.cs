using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Evaluation;

/// <summary>
/// A Map state's results, kept as UTF-8 JSON while the iterations run and parsed once at the end. A node tree per
/// result costs ~20 objects that every garbage collection must trace until the Map ends (at 100k items that was
/// most of the run time); one buffer costs nothing to trace. AWS itself carries iteration results as JSON text.
/// </summary>
internal sealed class CompactResults : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer;
    private readonly Utf8JsonWriter _writer;

    /// <param name="expectedBytes">A guess of the total size, so the buffer grows (and copies) less.</param>
    public CompactResults(int expectedBytes = 4096)
    {
        _buffer = new ArrayBufferWriter<byte>(expectedBytes);
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            SkipValidation = true,
            // Only read back by this class: minimal escaping is cheaper and parses to the same strings.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        _writer.WriteStartArray();
    }

    public int Count { get; private set; }

    public void Add(JsonNode? result)
    {
        if (result is null)
        {
            _writer.WriteNullValue();
        }
        else
        {
            result.WriteTo(_writer);
        }

        Count++;
    }

    /// <summary>The results as one array (its elements are read lazily from the buffer's document).</summary>
    public JsonArray ToArray()
    {
        _writer.WriteEndArray();
        _writer.Flush();
        return JsonNode.Parse(_buffer.WrittenSpan)!.AsArray();
    }

    /// <summary>One array holding the elements of <paramref name="parts"/> in order (the parts are left empty).</summary>
    public static JsonArray Join(IReadOnlyList<JsonArray> parts, int count)
    {
        var all = new JsonNode?[count];
        var next = 0;
        foreach (var part in parts)
        {
            ((ICollection<JsonNode?>)part).CopyTo(all, next);
            next += part.Count;
            // Clear detaches the elements, so the joined array can adopt them without copies.
            part.Clear();
        }

        return next == count ? new JsonArray(all) : throw new InvalidOperationException($"expected {count} results, got {next}");
    }

    public void Dispose() => _writer.Dispose();
}

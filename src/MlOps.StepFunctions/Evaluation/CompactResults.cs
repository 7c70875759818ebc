using System.Buffers;
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
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;

    public CompactResults()
    {
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });
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

    /// <summary>The results written so far as JSON text without the brackets (<c>a,b,c</c>), for <see cref="Concat"/>.</summary>
    public byte[] ToInnerJson()
    {
        _writer.Flush();
        return _buffer.WrittenSpan[1..].ToArray();
    }

    /// <summary>One array of several parts made by <see cref="ToInnerJson"/>, in order.</summary>
    public static JsonArray Concat(IReadOnlyList<byte[]> parts)
    {
        var all = new ArrayBufferWriter<byte>(parts.Sum(p => p.Length + 1) + 2);
        all.Write("["u8);
        var first = true;
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (!first)
            {
                all.Write(","u8);
            }

            all.Write(part);
            first = false;
        }

        all.Write("]"u8);
        return JsonNode.Parse(all.WrittenSpan)!.AsArray();
    }

    public void Dispose() => _writer.Dispose();
}

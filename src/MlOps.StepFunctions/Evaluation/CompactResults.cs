using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Evaluation;

/// <summary>
/// A Map state's results, written as UTF-8 JSON as they arrive and parsed back a block at a time. A node tree per
/// result costs ~20 objects that every garbage collection must trace until the Map ends (at 100k items that was most
/// of the run time); a parsed block is a few arrays plus one small wrapper per result. Blocks keep the buffer small and
/// reused. AWS itself carries iteration results as JSON text.
/// </summary>
internal sealed class CompactResults : IDisposable
{
    private const int BlockSize = 512;
    private readonly ArrayBufferWriter<byte> _buffer = new(BlockSize * 128);
    private readonly Utf8JsonWriter _writer;
    private readonly List<JsonNode?> _parsed = [];
    private int _inBlock;

    public CompactResults()
    {
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            SkipValidation = true,
            // Only read back by this class: minimal escaping is cheaper and parses to the same strings.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        _writer.WriteStartArray();
    }

    public int Count => _parsed.Count + _inBlock;

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

        if (++_inBlock == BlockSize)
        {
            ParseBlock();
        }
    }

    /// <summary>All results as one array, in the order they were added.</summary>
    public JsonArray ToArray()
    {
        if (_inBlock > 0)
        {
            ParseBlock();
        }

        return new JsonArray([.. _parsed]);
    }

    /// <summary>The results so far as detached nodes, in order (for <see cref="Join"/>); this instance is done after.</summary>
    public List<JsonNode?> TakeNodes()
    {
        if (_inBlock > 0)
        {
            ParseBlock();
        }

        return _parsed;
    }

    /// <summary>One array holding the nodes of <paramref name="parts"/> in order.</summary>
    public static JsonArray Join(IReadOnlyList<List<JsonNode?>> parts, int count)
    {
        var all = new JsonNode?[count];
        var next = 0;
        foreach (var part in parts)
        {
            part.CopyTo(all, next);
            next += part.Count;
        }

        return next == count ? new JsonArray(all) : throw new InvalidOperationException($"expected {count} results, got {next}");
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>Parses the block written so far (the parser copies the bytes, so the buffer is reused for the next).</summary>
    private void ParseBlock()
    {
        _writer.WriteEndArray();
        _writer.Flush();
        var block = JsonNode.Parse(_buffer.WrittenSpan)!.AsArray();
        var start = _parsed.Count;
        _parsed.AddRange(new JsonNode?[block.Count]);
        for (var i = 0; i < block.Count; i++)
        {
            _parsed[start + i] = block[i];
        }

        block.Clear();
        _buffer.ResetWrittenCount();
        _writer.Reset();
        _writer.WriteStartArray();
        _inBlock = 0;
    }
}

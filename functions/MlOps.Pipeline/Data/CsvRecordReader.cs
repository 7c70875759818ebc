using System.Buffers;
using System.Text;

namespace MlOps.Pipeline.Data;

/// <summary>
/// Streaming RFC 4180 reader: one record at a time from a <see cref="Stream"/>, never the whole file in memory.
/// Accepts a UTF-8 byte order mark, rejects any other encoding, bad quoting and records whose field count differs
/// from the header's, naming the row and column.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly CsvDialect _dialect;
    private readonly SearchValues<char> _unquotedStops;
    private readonly SearchValues<char> _quotedStops;
    private const int MaxPooledLength = 32;
    private const int MaxPooledStrings = 1 << 14;
    private readonly StringBuilder _field = new();
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _pooled;
    private readonly char[] _buffer = new char[1 << 16];
    private int _length;
    private int _position;
    private long _line = 1;
    private bool _started;

    public CsvRecordReader(Stream stream, CsvDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        _dialect = dialect;
        _unquotedStops = SearchValues.Create([dialect.Separator, dialect.Quote, '\n', '\r']);
        _quotedStops = SearchValues.Create([dialect.Quote, '\n']);
        _pooled = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Header fields, once <see cref="ReadHeader"/> has run.</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>Data rows read so far (the current row's 1-based number after a successful read).</summary>
    public long Row { get; private set; }

    /// <summary>Physical line where the current record started.</summary>
    public long RecordLine { get; private set; }

    /// <summary>Reads the header; an empty file or a blank header is a format error.</summary>
    public IReadOnlyList<string> ReadHeader()
    {
        var fields = new List<string>();
        if (!ReadRecord(fields, isHeader: true))
        {
            throw new CsvFormatException(0, 1, null, "the file is empty: a header row is required");
        }

        if (fields.Count == 1 && fields[0].Length == 0)
        {
            throw new CsvFormatException(0, RecordLine, null, "the header row is blank");
        }

        Header = fields;
        return fields;
    }

    /// <summary>Reads the next data row into <paramref name="fields"/>; false at the end of the file.</summary>
    public bool TryReadRow(List<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        while (true)
        {
            fields.Clear();
            if (!ReadRecord(fields, isHeader: false))
            {
                return false;
            }

            if (fields.Count == 1 && fields[0].Length == 0 && Header.Count > 1)
            {
                continue; // blank line (e.g. the final newline twice): nothing to read
            }

            Row++;
            if (fields.Count != Header.Count)
            {
                var column = fields.Count > Header.Count ? null : Header[fields.Count];
                throw new CsvFormatException(Row, RecordLine, column, FormattableString.Invariant(
                    $"ragged row: {fields.Count} fields where the header has {Header.Count} (separator '{_dialect.Separator}')"));
            }

            return true;
        }
    }

    private bool ReadRecord(List<string> fields, bool isHeader)
    {
        var c = Next();
        if (c < 0)
        {
            return false;
        }

        RecordLine = _line;
        _field.Clear();
        var quoted = false;
        var fieldStart = true;
        while (true)
        {
            if (c < 0)
            {
                if (quoted)
                {
                    throw Error(isHeader, fields, "unterminated quoted field at the end of the file");
                }

                fields.Add(FieldText());
                return true;
            }

            var ch = (char)c;
            if (quoted)
            {
                if (ch == _dialect.Quote)
                {
                    var peek = Peek();
                    if (peek == _dialect.Quote)
                    {
                        _field.Append(ch);
                        Next();
                    }
                    else if (peek < 0 || peek == _dialect.Separator || peek == '\n' || peek == '\r')
                    {
                        quoted = false;
                    }
                    else
                    {
                        throw Error(isHeader, fields, $"unexpected '{(char)peek}' after a closing quote");
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        _line++;
                    }

                    _field.Append(ch);
                    AppendRun(_quotedStops);
                }
            }
            else if (ch == _dialect.Separator)
            {
                fields.Add(FieldText());
                _field.Clear();
                fieldStart = true;
                c = Next();
                continue;
            }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && Peek() == '\n')
                {
                    Next();
                }

                _line++;
                fields.Add(FieldText());
                return true;
            }
            else if (ch == _dialect.Quote)
            {
                if (!fieldStart)
                {
                    throw Error(isHeader, fields, "quote character inside an unquoted field");
                }

                quoted = true;
            }
            else
            {
                _field.Append(ch);
                AppendRun(_unquotedStops);
            }

            fieldStart = false;
            c = Next();
        }
    }

    /// <summary>
    /// The current field as a string. Short values repeat a lot in tabular data (categories, small numbers), so each
    /// distinct one is allocated once per reader and shared: fewer allocations, and far fewer strings kept alive.
    /// </summary>
    private string FieldText()
    {
        var length = _field.Length;
        if (length > MaxPooledLength)
        {
            return _field.ToString();
        }

        Span<char> chars = stackalloc char[MaxPooledLength];
        _field.CopyTo(0, chars, length);
        var text = chars[..length];
        if (_pooled.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var created = text.ToString();
        if (_pool.Count < MaxPooledStrings)
        {
            _pool.Add(created, created);
        }

        return created;
    }

    /// <summary>Appends the buffered characters up to the next one in <paramref name="stops"/> (or the buffer's end) in one go.</summary>
    private void AppendRun(SearchValues<char> stops)
    {
        var rest = _buffer.AsSpan(_position, _length - _position);
        var run = rest.IndexOfAny(stops);
        run = run < 0 ? rest.Length : run;
        _field.Append(rest[..run]);
        _position += run;
    }

    private CsvFormatException Error(bool isHeader, List<string> fields, string reason)
    {
        var row = isHeader ? 0 : Row + 1;
        var column = !isHeader && fields.Count < Header.Count ? Header[fields.Count] : null;
        return new CsvFormatException(row, RecordLine, column, reason);
    }

    private int Peek()
    {
        if (_position >= _length && !Fill())
        {
            return -1;
        }

        return _buffer[_position];
    }

    private int Next()
    {
        if (_position >= _length && !Fill())
        {
            return -1;
        }

        return _buffer[_position++];
    }

    private bool Fill()
    {
        try
        {
            _length = _reader.Read(_buffer, 0, _buffer.Length);
        }
        catch (DecoderFallbackException ex)
        {
            throw new CsvFormatException(Header.Count == 0 ? 0 : Row + 1, _line, null, "the bytes are not valid UTF-8 (a UTF-16 byte order mark or a legacy encoding)" + ": " + ex.Message);
        }

        _position = 0;
        if (!_started && _length > 0)
        {
            _started = true;
            if (_buffer[0] == '\uFEFF')
            {
                _position = 1; // UTF-8 byte order mark: accepted and skipped, never part of the first column name
            }
        }

        return _length > _position;
    }

    public void Dispose() => _reader.Dispose();
}

namespace MlOps.Pipeline.Data;

/// <summary>The bytes are not a well-formed CSV file; carries the 1-based data row (0 = header) and column where it broke.</summary>
internal sealed class CsvFormatException : Exception
{
    public CsvFormatException(long row, long line, string? column, string reason)
        : base(FormattableString.Invariant($"CSV malformed at row {row} (line {line}){(column is null ? "" : $", column '{column}'")}: {reason}"))
    {
        Row = row;
        Line = line;
        Column = column;
        Reason = reason;
    }

    public CsvFormatException()
        : this(0, 0, null, "malformed CSV")
    {
    }

    public CsvFormatException(string message)
        : this(0, 0, null, message)
    {
    }

    public CsvFormatException(string message, Exception inner)
        : base(message, inner)
    {
        Reason = message;
    }

    /// <summary>Data row number (1 = first row after the header; 0 = the header).</summary>
    public long Row { get; }

    /// <summary>Physical line number (1-based) where the record started.</summary>
    public long Line { get; }

    /// <summary>Column name, when known.</summary>
    public string? Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; } = "";
}

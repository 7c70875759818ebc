namespace MlOps.Pipeline.Data;

/// <summary>How a CSV file is written: field separator and quote character (RFC 4180 doubling inside quotes).</summary>
internal sealed record CsvDialect(char Separator = ',', char Quote = '"')
{
    /// <summary>Comma-separated, double-quoted.</summary>
    public static CsvDialect Default { get; } = new();

    /// <summary>Builds a dialect from config strings (one character each).</summary>
    public static CsvDialect From(string? separator, string? quote)
    {
        var sep = string.IsNullOrEmpty(separator) ? ',' : separator == "\\t" ? '\t' : separator[0];
        var q = string.IsNullOrEmpty(quote) ? '"' : quote[0];
        if ((separator is { Length: > 1 } && separator != "\\t") || quote is { Length: > 1 } || sep == q || sep is '\r' or '\n')
        {
            throw new ArgumentException($"Invalid CSV dialect: separator '{separator}', quote '{quote}'.");
        }

        return new CsvDialect(sep, q);
    }
}

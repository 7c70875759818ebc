using System.Text;

namespace MlOps.Cli.Cloud.Configs;

/// <summary>The first record of a CSV file: the separator it uses (sniffed) and its column names (quotes removed).</summary>
/// <param name="Separator">The candidate separator that splits the header into the most columns.</param>
/// <param name="Columns">The column names, RFC 4180 unquoted (<c>"a""b"</c> → <c>a"b</c>), not trimmed.</param>
internal sealed record CsvHeader(char Separator, IReadOnlyList<string> Columns)
{
    private const byte Quote = (byte)'"';

    /// <summary>A header longer than this (or an unterminated quote) is cut here: enough for any real header.</summary>
    private const int MaxHeaderBytes = 1 << 20;

    /// <summary>The separators tried, in order of preference when two split the header into as many columns.</summary>
    public static IReadOnlyList<char> Candidates { get; } = [',', ';', '\t', '|'];

    /// <summary>
    /// Reads the header of a CSV held in memory (a UTF-8 byte order mark is skipped; a quoted name may hold a separator
    /// or a line break; only the first MiB is looked at). Null when the first record is empty.
    /// </summary>
    public static CsvHeader? Sniff(ReadOnlySpan<byte> data)
    {
        if (data is [0xEF, 0xBB, 0xBF, ..])
        {
            data = data[3..];
        }

        data = data[..Math.Min(data.Length, MaxHeaderBytes)];
        var inQuotes = false;
        var end = 0;
        while (end < data.Length && (inQuotes || data[end] != (byte)'\n'))
        {
            inQuotes ^= data[end] == Quote;
            end++;
        }

        var line = Encoding.UTF8.GetString(data[..end]).TrimEnd('\r');
        if (line.Length == 0)
        {
            return null;
        }

        CsvHeader? best = null;
        foreach (var separator in Candidates)
        {
            var columns = Split(line, separator);
            if (best is null || columns.Count > best.Columns.Count)
            {
                best = new CsvHeader(separator, columns);
            }
        }

        return best;
    }

    /// <summary>How a separator reads in a message (<c>';'</c>, <c>tab</c>).</summary>
    public static string Describe(char separator) => separator == '\t' ? "tab" : $"'{separator}'";

    private static List<string> Split(string line, char separator)
    {
        var columns = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (inQuotes)
            {
                if (ch != '"')
                {
                    field.Append(ch);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (ch == '"')
            {
                inQuotes = true;
            }
            else if (ch == separator)
            {
                columns.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        columns.Add(field.ToString());
        return columns;
    }
}

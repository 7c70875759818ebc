using System.Text;
using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Evaluation;

/// <summary>CSV rows → objects of strings (RFC 4180 quoting), header from the first row or given.</summary>
internal static class CsvItems
{
    public static JsonArray Parse(string text, IReadOnlyList<string>? headers, char delimiter)
    {
        var rows = Rows(text, delimiter);
        var result = new JsonArray();
        var start = 0;
        if (headers is null)
        {
            if (rows.Count == 0)
            {
                return result;
            }

            headers = rows[0];
            start = 1;
        }

        for (var r = start; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Count != headers.Count)
            {
                throw new FormatException("CSV row " + (r + 1) + " has " + row.Count + " fields but the header has " + headers.Count);
            }

            var o = new JsonObject();
            for (var i = 0; i < headers.Count; i++)
            {
                o[headers[i]] = row[i];
            }

            result.Add(o);
        }

        return result;
    }

    private static List<List<string>> Rows(string text, char delimiter)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}

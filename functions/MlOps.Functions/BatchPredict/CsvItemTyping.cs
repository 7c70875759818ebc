using System.Globalization;
using System.Text.Json;
using MlOps.Functions.Predict;
using MlOps.Pipeline.Data;

namespace MlOps.Functions.BatchPredict;

/// <summary>
/// A Distributed Map reading CSV hands every value over as a string (AWS's CSV ItemReader does not type columns). The
/// model's contract says which features are numbers, so those strings are turned into JSON numbers before the rows
/// meet the same validator and scorer as Predict's. A string that is not a number stays a string and is refused
/// there with the usual reason.
/// </summary>
internal static class CsvItemTyping
{
    /// <summary>The rows with numeric features typed; the same rows when nothing needed converting.</summary>
    public static IReadOnlyList<JsonElement> Apply(IReadOnlyList<JsonElement> rows, LoadedModel model)
    {
        var numeric = model.Artifact.Serving?.Contract.Columns
            .Where(c => c.Type is ColumnType.Int or ColumnType.Float && model.Artifact.Serving.Features.Contains(c.Name))
            .Select(c => c.Name)
            .ToHashSet(StringComparer.Ordinal) ?? [];
        if (numeric.Count == 0 || !rows.Any(r => NeedsTyping(r, numeric)))
        {
            return rows;
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var row in rows)
            {
                WriteTyped(w, row, numeric);
            }

            w.WriteEndArray();
        }

        // Cloned so the rows outlive the document they were parsed into.
        using var typed = JsonDocument.Parse(buffer.ToArray());
        return [.. typed.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static bool NeedsTyping(JsonElement row, HashSet<string> numeric) =>
        row.ValueKind == JsonValueKind.Object
        && row.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.String && numeric.Contains(p.Name));

    private static void WriteTyped(Utf8JsonWriter w, JsonElement row, HashSet<string> numeric)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            row.WriteTo(w);
            return;
        }

        w.WriteStartObject();
        foreach (var p in row.EnumerateObject())
        {
            w.WritePropertyName(p.Name);
            if (p.Value.ValueKind == JsonValueKind.String && numeric.Contains(p.Name)
                && double.TryParse(p.Value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && double.IsFinite(number))
            {
                w.WriteNumberValue(number);
            }
            else
            {
                p.Value.WriteTo(w);
            }
        }

        w.WriteEndObject();
    }
}

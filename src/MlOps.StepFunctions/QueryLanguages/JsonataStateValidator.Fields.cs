using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Json;

namespace MlOps.StepFunctions.QueryLanguages;

/// <summary>The JSONPath-side checks and the parse view of a JSONata state.</summary>
internal static partial class JsonataStateValidator
{
    /// <summary>JSONata-only constructs in a JSONPath state's catchers and Map reader/writer.</summary>
    public static void ValidateJsonPath(JsonObject state, string pointer, Action<string, string> report)
    {
        if (state["Catch"] is JsonArray catchers)
        {
            for (var i = 0; i < catchers.Count; i++)
            {
                if (catchers[i] is JsonObject c && c.ContainsKey("Output"))
                {
                    report(pointer + "/Catch/" + i.ToString(CultureInfo.InvariantCulture) + "/Output", "field 'Output' requires QueryLanguage JSONata");
                }
            }
        }

        foreach (var field in new[] { "ItemReader", "ResultWriter" })
        {
            if (state[field] is JsonObject o && o.ContainsKey("Arguments"))
            {
                report(pointer + "/" + field + "/Arguments", "field 'Arguments' requires QueryLanguage JSONata; use 'Parameters'");
            }
        }
    }

    /// <summary>A copy whose numeric fields holding expressions are removed, so the typed parsers see only literals.</summary>
    public static JsonObject WithoutExpressions(JsonObject state)
    {
        var copy = (JsonObject)state.DeepClone();
        foreach (var field in s_numericFields)
        {
            if (JsonataExpressions.TryGetText(copy[field], out _))
            {
                copy.Remove(field);
            }
        }

        StripNested(copy["ItemReader"]?["ReaderConfig"] as JsonObject, "MaxItems");
        StripNested(copy["ItemBatcher"] as JsonObject, "MaxItemsPerBatch", "MaxInputBytesPerBatch");
        return copy;
    }

    private static void StripNested(JsonObject? o, params string[] fields)
    {
        if (o is null)
        {
            return;
        }

        foreach (var field in fields)
        {
            if (JsonValues.TryGetString(o[field], out var s) && JsonataExpressions.IsExpression(s))
            {
                o.Remove(field);
            }
        }
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.Jsonata;
using MlOps.StepFunctions.Parsing;

namespace MlOps.StepFunctions.QueryLanguages;

/// <summary>Load-time checks of a JSONata state: expression syntax and the JSONPath-only constructs it may not use.</summary>
internal static partial class JsonataStateValidator
{
    /// <summary>Numeric fields that may hold a <c>{% %}</c> expression instead of a literal (evaluated at run time).</summary>
    private static readonly string[] s_numericFields = ["TimeoutSeconds", "HeartbeatSeconds", "MaxConcurrency",
        "ToleratedFailureCount", "ToleratedFailurePercentage"];

    private static readonly string[] s_templateFields = ["Arguments", "Output", "Assign", "Items", "ItemSelector",
        "Seconds", "Timestamp", "Error", "Cause", "TimeoutSeconds", "HeartbeatSeconds", "MaxConcurrency",
        "ToleratedFailureCount", "ToleratedFailurePercentage"];

    public static void Validate(JsonObject state, string pointer, string type, Action<string, string> report)
    {
        if (state.ContainsKey("Result"))
        {
            report(pointer + "/Result", "field 'Result' is only supported for the 'JSONPath' QueryLanguage; use 'Output'");
        }

        foreach (var field in s_templateFields)
        {
            if (state.TryGetPropertyValue(field, out var node))
            {
                CheckTemplate(node, ParseContext.Child(pointer, field), report);
            }
        }

        if (state["Choices"] is JsonArray choices)
        {
            for (var i = 0; i < choices.Count; i++)
            {
                if (choices[i] is not JsonObject rule)
                {
                    continue;
                }

                var rp = pointer + "/Choices/" + i.ToString(CultureInfo.InvariantCulture);
                if (!rule.ContainsKey("Condition"))
                {
                    report(rp, "a JSONata choice rule needs 'Condition'");
                }

                foreach (var (key, value) in rule)
                {
                    if (key is "Condition" or "Output" or "Assign")
                    {
                        CheckTemplate(value, ParseContext.Child(rp, key), report);
                    }
                    else if (key is not ("Next" or "Comment"))
                    {
                        report(ParseContext.Child(rp, key), "field '" + key + "' is not allowed in a JSONata choice rule");
                    }
                }
            }
        }

        if (state["Catch"] is JsonArray catchers)
        {
            for (var i = 0; i < catchers.Count; i++)
            {
                if (catchers[i] is not JsonObject c)
                {
                    continue;
                }

                var cp = pointer + "/Catch/" + i.ToString(CultureInfo.InvariantCulture);
                if (c.ContainsKey("ResultPath"))
                {
                    report(cp + "/ResultPath", "field 'ResultPath' is not allowed when the query language is JSONata");
                }

                CheckTemplate(c["Output"], cp + "/Output", report, catcher: true);
                CheckTemplate(c["Assign"], cp + "/Assign", report, catcher: true);
            }
        }

        if (type == "Map")
        {
            CheckNested(state, pointer, "ItemReader", report);
            CheckNested(state, pointer, "ItemBatcher", report);
            CheckNested(state, pointer, "ResultWriter", report);
        }
    }

    private static void CheckNested(JsonObject state, string pointer, string field, Action<string, string> report)
    {
        if (state[field] is not JsonObject o)
        {
            return;
        }

        var fp = pointer + "/" + field;
        if (o.ContainsKey("Parameters"))
        {
            report(fp + "/Parameters", "field 'Parameters' is not allowed when the query language is JSONata; use 'Arguments'");
        }

        foreach (var (key, value) in o)
        {
            CheckTemplate(value, ParseContext.Child(fp, key), report);
        }
    }

    /// <summary>Reports <c>.$</c> keys, JSONPath-style paths and expressions that do not parse.</summary>
    private static void CheckTemplate(JsonNode? node, string pointer, Action<string, string> report, bool catcher = false)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    var child = ParseContext.Child(pointer, key);
                    if (key.EndsWith(".$", StringComparison.Ordinal))
                    {
                        report(child, "keys ending with '.$' are JSONPath syntax and are not allowed when the query language is JSONata");
                    }

                    CheckTemplate(value, child, report, catcher);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    CheckTemplate(a[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), report, catcher);
                }

                break;
            default:
                if (JsonataExpressions.TryGetText(node, out var text))
                {
                    try
                    {
                        JsonataExpressions.Compile(text);
                    }
                    catch (JsonataException ex)
                    {
                        report(pointer, "the JSONata expression '" + text + "' is invalid: " + ex.Code + ": " + ex.Message);
                    }

                    if (!catcher && text.Contains("$states.errorOutput", StringComparison.Ordinal))
                    {
                        report(pointer, "$states.errorOutput is only available in a catcher's Output and Assign");
                    }
                }

                break;
        }
    }
}

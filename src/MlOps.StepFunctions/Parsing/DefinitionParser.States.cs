using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Model;
using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Parsing;

internal sealed partial class DefinitionParser
{
    private static readonly string[] s_common = ["Type", "Comment", "QueryLanguage"];
    private static readonly string[] s_flow = ["Next", "End"];
    private static readonly string[] s_io = ["InputPath", "OutputPath"];
    private static readonly string[] s_result = ["ResultPath", "Parameters", "ResultSelector", "Retry", "Catch", "Arguments", "Output", "Assign"];

    private static readonly Dictionary<string, HashSet<string>> s_fields = new(StringComparer.Ordinal)
    {
        ["Pass"] = [.. s_common, .. s_flow, .. s_io, "ResultPath", "Parameters", "Result", "Assign", "Output"],
        ["Task"] = [.. s_common, .. s_flow, .. s_io, .. s_result, "Resource", "TimeoutSeconds", "TimeoutSecondsPath",
            "HeartbeatSeconds", "HeartbeatSecondsPath", "Credentials"],
        ["Choice"] = [.. s_common, .. s_io, "Choices", "Default", "Assign", "Output"],
        ["Wait"] = [.. s_common, .. s_flow, .. s_io, "Seconds", "Timestamp", "SecondsPath", "TimestampPath", "Assign", "Output"],
        ["Succeed"] = [.. s_common, .. s_io, "Output"],
        ["Fail"] = [.. s_common, "Error", "Cause", "ErrorPath", "CausePath"],
        ["Parallel"] = [.. s_common, .. s_flow, .. s_io, .. s_result, "Branches"],
        ["Map"] = [.. s_common, .. s_flow, .. s_io, .. s_result, "ItemsPath", "Items", "ItemSelector", "Iterator", "ItemProcessor",
            "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailureCount", "ToleratedFailureCountPath",
            "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "Label", "ItemReader", "ItemBatcher", "ResultWriter"],
    };

    private static readonly string[] s_jsonPathOnly = ["InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector",
        "ItemsPath", "SecondsPath", "TimestampPath", "ErrorPath", "CausePath", "MaxConcurrencyPath", "TimeoutSecondsPath",
        "HeartbeatSecondsPath", "ToleratedFailureCountPath", "ToleratedFailurePercentagePath"];

    private StateNode? ParseState(string name, JsonObject o, string p, QueryLanguage inherited)
    {
        var type = _ctx.String(o, "Type", p, required: true);
        if (type is null)
        {
            return null;
        }

        if (!s_fields.TryGetValue(type, out var allowed))
        {
            _ctx.Report(p + "/Type", "unknown state type '" + type + "'");
            return null;
        }

        var language = ParseLanguage(o, p, inherited, machineLevel: false);
        foreach (var (key, _) in o)
        {
            if (!allowed.Contains(key))
            {
                _ctx.Report(ParseContext.Child(p, key), "field '" + key + "' is not allowed in a " + type + " state");
            }
            else if (language == QueryLanguage.Jsonata && s_jsonPathOnly.Contains(key))
            {
                _ctx.Report(ParseContext.Child(p, key), "field '" + key + "' is not allowed when the query language is JSONata");
            }
            else if (language == QueryLanguage.JsonPath && key is "Arguments" or "Output" or "Items")
            {
                _ctx.Report(ParseContext.Child(p, key), "field '" + key + "' requires QueryLanguage JSONata");
            }
        }

        var definition = o;
        if (language == QueryLanguage.Jsonata)
        {
            QueryLanguages.JsonataStateValidator.Validate(o, p, type, _ctx.Report);
            o = QueryLanguages.JsonataStateValidator.WithoutExpressions(o);
        }
        else
        {
            QueryLanguages.JsonataStateValidator.ValidateJsonPath(o, p, _ctx.Report);
        }

        var next = _ctx.String(o, "Next", p);
        var end = _ctx.Bool(o, "End", p);
        var terminalType = type is "Choice" or "Succeed" or "Fail";
        if (!terminalType && (next is null) == !end)
        {
            _ctx.Report(p, next is null ? "a " + type + " state needs either 'Next' or 'End': true" : "'Next' and 'End' cannot both be set");
        }

        var retry = ParseRetry(o, p);
        var catchers = ParseCatch(o, p);
        var resultPath = ParseResultPath(o, "ResultPath", p, out var resultPathNull);
        var jsonPath = language == QueryLanguage.JsonPath;

        StateNode state = type switch
        {
            "Pass" => new PassState
            {
                Name = name, Type = type, Pointer = p, QueryLanguage = language,
                Result = o["Result"]?.DeepClone(), HasResult = o.ContainsKey("Result"),
            },
            "Succeed" => new SucceedState { Name = name, Type = type, Pointer = p, QueryLanguage = language },
            "Fail" => ParseFail(name, o, p, language),
            "Wait" => ParseWait(name, o, p, language),
            "Choice" => ParseChoice(name, o, p, language),
            "Task" => ParseTask(name, o, p, language),
            "Parallel" => ParseParallel(name, o, p, language),
            _ => ParseMap(name, o, p, language),
        };

        CopyCommon(state, o, p, next, end, retry, catchers, resultPath, resultPathNull, jsonPath);
        state.Raw = definition;
        return state;
    }

    private StateNode CopyCommon(StateNode s, JsonObject o, string p, string? next, bool end, IReadOnlyList<Retrier> retry,
        IReadOnlyList<Catcher> catchers, ReferencePath? resultPath, bool resultPathNull, bool jsonPath)
    {
        s.Next = next;
        s.End = end;
        s.Raw = o;
        s.InputPath = jsonPath ? _ctx.OptionalPath(o, "InputPath", p) : OptionalPath.Default;
        s.OutputPath = jsonPath ? _ctx.OptionalPath(o, "OutputPath", p) : OptionalPath.Default;
        s.ResultPath = resultPath;
        s.ResultPathNull = resultPathNull;
        s.Parameters = jsonPath && s is not MapState ? _ctx.Template(o, "Parameters", p) : null;
        s.ResultSelector = jsonPath ? _ctx.Template(o, "ResultSelector", p) : null;
        s.Assign = ParseAssign(o, p, jsonPath);
        s.Retry = retry;
        s.Catch = catchers;
        return s;
    }

    private PayloadTemplate? ParseAssign(JsonObject o, string p, bool jsonPath)
    {
        if (!o.TryGetPropertyValue("Assign", out var node))
        {
            return null;
        }

        if (node is not JsonObject a)
        {
            _ctx.Report(p + "/Assign", "'Assign' must be an object");
            return null;
        }

        foreach (var (key, _) in a)
        {
            var name = key.EndsWith(".$", StringComparison.Ordinal) ? key[..^2] : key;
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                _ctx.Report(ParseContext.Child(p + "/Assign", key), "invalid variable name '" + name + "'");
            }
        }

        return jsonPath ? PayloadTemplate.Compile(a, p + "/Assign", _ctx.Report) : new LiteralTemplate(a.DeepClone());
    }

    private ReferencePath? ParseResultPath(JsonObject o, string field, string p, out bool isNull)
    {
        isNull = false;
        if (!o.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        if (node is null)
        {
            isNull = true;
            return null;
        }

        var text = _ctx.String(o, field, p);
        if (text is null)
        {
            return null;
        }

        try
        {
            return ReferencePath.Parse(text);
        }
        catch (FormatException ex)
        {
            _ctx.Report(ParseContext.Child(p, field), ex.Message);
            return null;
        }
    }

    private List<string> ParseErrorEquals(JsonObject o, string p, bool isCatch)
    {
        var list = new List<string>();
        if (o["ErrorEquals"] is not JsonArray arr || arr.Count == 0)
        {
            _ctx.Report(p, "'ErrorEquals' must be a non-empty array of error names");
            return list;
        }

        for (var i = 0; i < arr.Count; i++)
        {
            var ip = p + "/ErrorEquals/" + i.ToString(CultureInfo.InvariantCulture);
            if (!JsonValues.TryGetString(arr[i], out var name))
            {
                _ctx.Report(ip, "error names must be strings");
                continue;
            }

            if (name.StartsWith("States.", StringComparison.Ordinal) && !StatesErrorNames.IsPredefined(name))
            {
                _ctx.Report(ip, "'" + name + "' is not a predefined error name; custom error names cannot start with 'States.'");
            }

            if (name == StatesErrorNames.All && arr.Count > 1)
            {
                _ctx.Report(ip, "'States.ALL' must appear alone in ErrorEquals");
            }

            list.Add(name);
        }

        _ = isCatch;
        return list;
    }

    private void CheckAllIsLast(List<IReadOnlyList<string>> lists, string p, string field)
    {
        for (var i = 0; i < lists.Count - 1; i++)
        {
            if (lists[i].Contains(StatesErrorNames.All))
            {
                _ctx.Report(p + "/" + field + "/" + i.ToString(CultureInfo.InvariantCulture),
                    "a " + (field == "Retry" ? "retrier" : "catcher") + " with 'States.ALL' must be the last one");
            }
        }
    }

    private List<Retrier> ParseRetry(JsonObject o, string p)
    {
        var result = new List<Retrier>();
        if (!o.TryGetPropertyValue("Retry", out var node))
        {
            return result;
        }

        if (node is not JsonArray arr)
        {
            _ctx.Report(p + "/Retry", "'Retry' must be an array");
            return result;
        }

        for (var i = 0; i < arr.Count; i++)
        {
            var rp = p + "/Retry/" + i.ToString(CultureInfo.InvariantCulture);
            if (arr[i] is not JsonObject r)
            {
                _ctx.Report(rp, "a retrier must be an object");
                continue;
            }

            foreach (var (key, _) in r)
            {
                if (key is not ("ErrorEquals" or "IntervalSeconds" or "MaxAttempts" or "BackoffRate" or "MaxDelaySeconds" or "JitterStrategy" or "Comment"))
                {
                    _ctx.Report(ParseContext.Child(rp, key), "unknown retrier field '" + key + "'");
                }
            }

            var jitter = _ctx.String(r, "JitterStrategy", rp);
            if (jitter is not null and not "FULL" and not "NONE")
            {
                _ctx.Report(rp + "/JitterStrategy", "JitterStrategy must be FULL or NONE");
            }

            result.Add(new Retrier(
                ParseErrorEquals(r, rp, false),
                _ctx.Integer(r, "IntervalSeconds", rp, 1, 99999999) ?? 1,
                _ctx.Integer(r, "MaxAttempts", rp, 0, 99999999) ?? 3,
                _ctx.Number(r, "BackoffRate", rp, 1.0) ?? 2.0,
                _ctx.Integer(r, "MaxDelaySeconds", rp, 1, 31622401),
                jitter == "FULL"));
        }

        CheckAllIsLast([.. result.Select(r => r.ErrorEquals)], p, "Retry");
        return result;
    }

    private List<Catcher> ParseCatch(JsonObject o, string p)
    {
        var result = new List<Catcher>();
        if (!o.TryGetPropertyValue("Catch", out var node))
        {
            return result;
        }

        if (node is not JsonArray arr)
        {
            _ctx.Report(p + "/Catch", "'Catch' must be an array");
            return result;
        }

        for (var i = 0; i < arr.Count; i++)
        {
            var cp = p + "/Catch/" + i.ToString(CultureInfo.InvariantCulture);
            if (arr[i] is not JsonObject c)
            {
                _ctx.Report(cp, "a catcher must be an object");
                continue;
            }

            foreach (var (key, _) in c)
            {
                if (key is not ("ErrorEquals" or "Next" or "ResultPath" or "Comment" or "Assign" or "Output"))
                {
                    _ctx.Report(ParseContext.Child(cp, key), "unknown catcher field '" + key + "'");
                }
            }

            var next = _ctx.String(c, "Next", cp, required: true) ?? "";
            var rp = ParseResultPath(c, "ResultPath", cp, out var rpNull);
            result.Add(new Catcher(ParseErrorEquals(c, cp, true), next, rp, rpNull, ParseAssign(c, cp, true), c));
        }

        CheckAllIsLast([.. result.Select(r => r.ErrorEquals)], p, "Catch");
        return result;
    }
}

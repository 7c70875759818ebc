using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Choice;
using MlOps.StepFunctions.Model;
using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Parsing;

internal sealed partial class DefinitionParser
{
    private static readonly string[] s_waitFields = ["Seconds", "Timestamp", "SecondsPath", "TimestampPath"];

    private FailState ParseFail(string name, JsonObject o, string p, QueryLanguage language)
    {
        if (o.ContainsKey("Error") && o.ContainsKey("ErrorPath"))
        {
            _ctx.Report(p, "'Error' and 'ErrorPath' cannot both be set");
        }

        if (o.ContainsKey("Cause") && o.ContainsKey("CausePath"))
        {
            _ctx.Report(p, "'Cause' and 'CausePath' cannot both be set");
        }

        return new FailState
        {
            Name = name, Type = "Fail", Pointer = p, QueryLanguage = language,
            Error = _ctx.String(o, "Error", p),
            Cause = _ctx.String(o, "Cause", p),
            ErrorPath = ExpressionField(o, "ErrorPath", p),
            CausePath = ExpressionField(o, "CausePath", p),
        };
    }

    private PayloadTemplate? ExpressionField(JsonObject o, string field, string p)
    {
        var text = _ctx.String(o, field, p);
        return text is null ? null : PayloadTemplate.CompileExpression(text, field, ParseContext.Child(p, field), _ctx.Report);
    }

    private WaitState ParseWait(string name, JsonObject o, string p, QueryLanguage language)
    {
        var count = s_waitFields.Count(o.ContainsKey);
        if (count != 1)
        {
            _ctx.Report(p, "a Wait state needs exactly one of Seconds, Timestamp, SecondsPath, TimestampPath");
        }

        DateTimeOffset? timestamp = null;
        long? seconds = null;
        if (language == QueryLanguage.JsonPath)
        {
            var ts = _ctx.String(o, "Timestamp", p);
            if (ts is not null)
            {
                if (Timestamps.TryParse(ts, out var parsed))
                {
                    timestamp = parsed;
                }
                else
                {
                    _ctx.Report(p + "/Timestamp", "'" + ts + "' is not an ISO-8601 extended offset date-time");
                }
            }

            seconds = _ctx.Integer(o, "Seconds", p, 0, 99999999);
        }

        return new WaitState
        {
            Name = name, Type = "Wait", Pointer = p, QueryLanguage = language,
            Seconds = seconds,
            Timestamp = timestamp,
            SecondsPath = _ctx.Path(o, "SecondsPath", p),
            TimestampPath = _ctx.Path(o, "TimestampPath", p),
        };
    }

    private ChoiceState ParseChoice(string name, JsonObject o, string p, QueryLanguage language)
    {
        var branches = new List<ChoiceBranch>();
        if (o["Choices"] is not JsonArray arr || arr.Count == 0)
        {
            _ctx.Report(p, "a Choice state needs a non-empty 'Choices' array");
        }
        else
        {
            for (var i = 0; i < arr.Count; i++)
            {
                var cp = p + "/Choices/" + i.ToString(CultureInfo.InvariantCulture);
                if (arr[i] is not JsonObject co)
                {
                    _ctx.Report(cp, "a choice rule must be an object");
                    continue;
                }

                var next = _ctx.String(co, "Next", cp, required: true);
                var assign = ParseAssign(co, cp, language == QueryLanguage.JsonPath);
                if (language == QueryLanguage.Jsonata)
                {
                    if (next is not null)
                    {
                        branches.Add(new ChoiceBranch(new JsonataConditionRule(co["Condition"]?.DeepClone()), next, assign));
                    }

                    continue;
                }

                var rule = ChoiceRuleParser.Parse(co, cp, _ctx, topLevel: true);
                if (rule is not null && next is not null)
                {
                    branches.Add(new ChoiceBranch(rule, next, assign));
                }
            }
        }

        return new ChoiceState
        {
            Name = name, Type = "Choice", Pointer = p, QueryLanguage = language,
            Choices = branches, Default = _ctx.String(o, "Default", p),
        };
    }

    private TaskState ParseTask(string name, JsonObject o, string p, QueryLanguage language)
    {
        var resource = _ctx.String(o, "Resource", p, required: true) ?? "";
        if (resource.Length > 0 && handlers.Resolve(resource, out _, out _, out var problem) is null)
        {
            _ctx.Report(p + "/Resource", problem ?? "unknown resource");
        }

        if (o.ContainsKey("TimeoutSeconds") && o.ContainsKey("TimeoutSecondsPath"))
        {
            _ctx.Report(p, "'TimeoutSeconds' and 'TimeoutSecondsPath' cannot both be set");
        }

        if (o.ContainsKey("HeartbeatSeconds") && o.ContainsKey("HeartbeatSecondsPath"))
        {
            _ctx.Report(p, "'HeartbeatSeconds' and 'HeartbeatSecondsPath' cannot both be set");
        }

        var timeout = _ctx.Integer(o, "TimeoutSeconds", p, 1, 99999999);
        var heartbeat = _ctx.Integer(o, "HeartbeatSeconds", p, 1, 99999999);
        if (timeout is not null && heartbeat is not null && heartbeat >= timeout)
        {
            _ctx.Report(p + "/HeartbeatSeconds", "HeartbeatSeconds must be smaller than TimeoutSeconds");
        }

        return new TaskState
        {
            Name = name, Type = "Task", Pointer = p, QueryLanguage = language,
            Resource = resource,
            TimeoutSeconds = timeout,
            TimeoutSecondsPath = _ctx.Path(o, "TimeoutSecondsPath", p),
            HeartbeatSeconds = heartbeat,
            HeartbeatSecondsPath = _ctx.Path(o, "HeartbeatSecondsPath", p),
        };
    }

    private ParallelState ParseParallel(string name, JsonObject o, string p, QueryLanguage language)
    {
        var branches = new List<StateGraph>();
        if (o["Branches"] is not JsonArray arr || arr.Count == 0)
        {
            _ctx.Report(p, "a Parallel state needs a non-empty 'Branches' array");
        }
        else
        {
            for (var i = 0; i < arr.Count; i++)
            {
                var bp = p + "/Branches/" + i.ToString(CultureInfo.InvariantCulture);
                if (arr[i] is not JsonObject bo)
                {
                    _ctx.Report(bp, "a branch must be an object");
                    continue;
                }

                var graph = ParseGraph(bo, bp, ParseLanguage(bo, bp, language, machineLevel: false));
                if (graph is not null)
                {
                    branches.Add(graph);
                }
            }
        }

        return new ParallelState { Name = name, Type = "Parallel", Pointer = p, QueryLanguage = language, Branches = branches };
    }
}

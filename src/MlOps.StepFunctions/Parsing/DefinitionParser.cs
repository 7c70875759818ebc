using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.Integrations;
using MlOps.StepFunctions.Model;

namespace MlOps.StepFunctions.Parsing;

/// <summary>JSON definition → model, collecting every validation problem with its JSON pointer.</summary>
internal sealed partial class DefinitionParser(ResourceHandlerRegistry handlers)
{
    private readonly ParseContext _ctx = new();

    public IReadOnlyList<AslValidationError> Errors => _ctx.Errors;

    /// <summary>The machine's top-level <c>TimeoutSeconds</c>, when it has one.</summary>
    public int? MachineTimeoutSeconds { get; private set; }

    public StateGraph? Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 512 });
        }
        catch (System.Text.Json.JsonException ex)
        {
            _ctx.Report("", "the definition is not valid JSON: " + ex.Message);
            return null;
        }

        if (root is not JsonObject o)
        {
            _ctx.Report("", "the definition must be a JSON object");
            return null;
        }

        foreach (var (key, _) in o)
        {
            if (key is not ("StartAt" or "States" or "Comment" or "Version" or "TimeoutSeconds" or "QueryLanguage"))
            {
                _ctx.Report(ParseContext.Child("", key), "unknown top-level field '" + key + "'");
            }
        }

        MachineTimeoutSeconds = _ctx.Integer(o, "TimeoutSeconds", "", 0);
        var language = ParseLanguage(o, "", QueryLanguage.JsonPath, machineLevel: true);
        return ParseGraph(o, "", language);
    }

    private static QueryLanguage LanguageOf(string? text) => text == "JSONata" ? QueryLanguage.Jsonata : QueryLanguage.JsonPath;

    private QueryLanguage ParseLanguage(JsonObject o, string pointer, QueryLanguage inherited, bool machineLevel)
    {
        var text = _ctx.String(o, "QueryLanguage", pointer);
        if (text is null)
        {
            return inherited;
        }

        if (text is not ("JSONPath" or "JSONata"))
        {
            _ctx.Report(ParseContext.Child(pointer, "QueryLanguage"), "QueryLanguage must be \"JSONPath\" or \"JSONata\"");
            return inherited;
        }

        var language = LanguageOf(text);
        if (!machineLevel && inherited == QueryLanguage.Jsonata && language == QueryLanguage.JsonPath)
        {
            _ctx.Report(ParseContext.Child(pointer, "QueryLanguage"), "a state cannot use JSONPath when the state machine uses JSONata");
        }

        return language;
    }

    private StateGraph? ParseGraph(JsonObject o, string pointer, QueryLanguage language)
    {
        var startAt = _ctx.String(o, "StartAt", pointer, required: true);
        if (o["States"] is not JsonObject statesNode)
        {
            _ctx.Report(pointer, "missing required field 'States' (an object)");
            return null;
        }

        var states = new Dictionary<string, StateNode>(StringComparer.Ordinal);
        foreach (var (name, node) in statesNode)
        {
            var statePointer = ParseContext.Child(pointer + "/States", name);
            if (name.Length is 0 or > 80)
            {
                _ctx.Report(statePointer, "state names must be 1 to 80 characters long");
            }

            if (node is not JsonObject so)
            {
                _ctx.Report(statePointer, "a state must be an object");
                continue;
            }

            var state = ParseState(name, so, statePointer, language);
            if (state is not null)
            {
                states[name] = state;
            }
        }

        if (startAt is not null && !statesNode.ContainsKey(startAt))
        {
            _ctx.Report(pointer + "/StartAt", "StartAt '" + startAt + "' does not name a state");
        }

        CheckTransitions(statesNode, states, pointer);
        if (startAt is not null && statesNode.ContainsKey(startAt))
        {
            CheckReachable(startAt, states, pointer);
        }

        return startAt is null ? null : new StateGraph(startAt, states, language);
    }

    private void CheckTransitions(JsonObject statesNode, Dictionary<string, StateNode> states, string pointer)
    {
        foreach (var state in states.Values)
        {
            void Target(string? next, string field)
            {
                if (next is not null && !statesNode.ContainsKey(next))
                {
                    _ctx.Report(state.Pointer + field, "'" + next + "' does not name a state in this scope");
                }
            }

            Target(state.Next, "/Next");
            for (var i = 0; i < state.Catch.Count; i++)
            {
                Target(state.Catch[i].Next, "/Catch/" + i.ToString(CultureInfo.InvariantCulture) + "/Next");
            }

            if (state is ChoiceState choice)
            {
                Target(choice.Default, "/Default");
                for (var i = 0; i < choice.Choices.Count; i++)
                {
                    Target(choice.Choices[i].Next, "/Choices/" + i.ToString(CultureInfo.InvariantCulture) + "/Next");
                }
            }
        }

        _ = pointer;
    }

    private void CheckReachable(string startAt, Dictionary<string, StateNode> states, string pointer)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { startAt };
        var queue = new Queue<string>([startAt]);
        while (queue.TryDequeue(out var name))
        {
            if (!states.TryGetValue(name, out var s))
            {
                continue;
            }

            IEnumerable<string?> targets = [s.Next, .. s.Catch.Select(c => c.Next)];
            if (s is ChoiceState c)
            {
                targets = targets.Append(c.Default).Concat(c.Choices.Select(x => x.Next));
            }

            foreach (var t in targets)
            {
                if (t is not null && seen.Add(t))
                {
                    queue.Enqueue(t);
                }
            }
        }

        foreach (var name in states.Keys.Where(n => !seen.Contains(n)))
        {
            _ctx.Report(ParseContext.Child(pointer + "/States", name), "state '" + name + "' is not reachable from StartAt");
        }
    }
}

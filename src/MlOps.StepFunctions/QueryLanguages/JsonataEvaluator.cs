using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MlOps.Jsonata;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.Evaluation;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Jsonata;

namespace MlOps.StepFunctions.QueryLanguages;

/// <summary>
/// Evaluates the JSONata fields of one state: <c>{% %}</c> strings anywhere in a JSON template, with
/// <c>$states</c> (input, context, result, errorOutput) and the workflow variables bound.
/// Failures are <c>States.QueryEvaluationError</c> with AWS's causes.
/// </summary>
internal sealed partial class JsonataEvaluator
{
    private static readonly ConcurrentDictionary<string, string[]> s_variableNames = new(StringComparer.Ordinal);
    private static readonly JsonataLimits s_limits = new() { TimeLimit = TimeSpan.FromSeconds(10) };

    private readonly StateScope _scope;
    private readonly Action<string, string?> _onFailure;
    private readonly JsonObject _states;
    private readonly IJsonataEvaluator? _host;

    /// <param name="scope">The state being executed.</param>
    /// <param name="input">Its input (<c>$states.input</c>).</param>
    /// <param name="host">A host-supplied evaluator (<see cref="EngineOptions.Jsonata"/>); null: the built-in MlOps.Jsonata.</param>
    /// <param name="onFailure">Records the <c>EvaluationFailed</c> history event (cause, field).</param>
    /// <param name="context">The context object to bind (default: the state's).</param>
    public JsonataEvaluator(StateScope scope, JsonNode? input, IJsonataEvaluator? host, Action<string, string?> onFailure, JsonObject? context = null)
    {
        _scope = scope;
        _host = host;
        _onFailure = onFailure;
        _states = new JsonObject
        {
            ["input"] = input?.DeepClone(),
            ["context"] = (context ?? scope.Context).DeepClone(),
        };
    }

    /// <summary>Sets <c>$states.result</c>.</summary>
    public void SetResult(JsonNode? result) => _states["result"] = result?.DeepClone();

    /// <summary>Sets <c>$states.errorOutput</c>.</summary>
    public void SetErrorOutput(JsonNode? errorOutput) => _states["errorOutput"] = errorOutput?.DeepClone();

    /// <summary>Evaluates a template: every <c>{% %}</c> string leaf is replaced by its value; other values are kept.</summary>
    public JsonNode? Template(JsonNode? template, string field)
    {
        switch (template)
        {
            case JsonObject o:
                var obj = new JsonObject();
                foreach (var (key, value) in o)
                {
                    obj[key] = Template(value, field + "/" + key);
                }

                return obj;
            case JsonArray a:
                var arr = new JsonArray();
                for (var i = 0; i < a.Count; i++)
                {
                    arr.Add(Template(a[i], field + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
                }

                return arr;
            default:
                if (JsonataExpressions.TryGetText(template, out var text))
                {
                    return Value(text, field);
                }

                return template?.DeepClone();
        }
    }

    /// <summary>Evaluates one expression that must produce a JSON value (not undefined, not a function).</summary>
    public JsonNode? Value(string text, string field)
    {
        var result = Evaluate(text, field);
        if (result.IsUndefined)
        {
            throw Failure(Prefix(text, field) + " returned nothing (undefined).", field);
        }

        if (result.IsFunction)
        {
            throw Failure(Prefix(text, field) + " returned an unsupported result type.", field);
        }

        return result.Value;
    }

    /// <summary>A field that is either a literal or a <c>{% %}</c> string.</summary>
    public JsonNode? Field(JsonNode? node, string field) =>
        JsonataExpressions.TryGetText(node, out var text) ? Value(text, field) : node?.DeepClone();

    /// <summary>The raw result of an expression (may be undefined).</summary>
    public JsonataResult Evaluate(string text, string field)
    {
        if (_host is not null)
        {
            try
            {
                return _host.TryEvaluate(text, _states, _scope.Variables.Flatten(), out var value) ? JsonataResult.FromNode(value) : JsonataResult.Undefined;
            }
            catch (JsonataEvaluationException ex)
            {
                throw Failure(ex.Message, field);
            }
        }

        JsonataExpression expression;
        try
        {
            expression = JsonataExpressions.Compile(text);
        }
        catch (JsonataException ex)
        {
            throw Failure(Prefix(text, field) + " could not be parsed. " + ex.Code + ": " + ex.Message, field);
        }

        var bindings = new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { ["states"] = _states };
        foreach (var name in s_variableNames.GetOrAdd(text, ReferencedNames))
        {
            if (name != "states" && _scope.Variables.TryGet(name, out var value))
            {
                bindings[name] = value;
            }
        }

        try
        {
            return expression.Evaluate(_states["input"], bindings: bindings, limits: s_limits);
        }
        catch (JsonataException ex)
        {
            throw Failure(Prefix(text, field) + " threw an error during evaluation. " + ex.Code + ": " + ex.Message, field);
        }
    }

    /// <summary>"Expected 'array', but was 'number' for value: 1".</summary>
    public StatesErrorException TypeMismatch(string text, string field, string expected, JsonNode? value) =>
        Failure(Prefix(text, field) + " returned an unexpected result type. Expected '" + expected + "', but was '"
                + TypeName(value) + "' for value: " + JsonValues.ToJson(value), field);

    /// <summary>A <c>States.QueryEvaluationError</c> with the state prefix; records <c>EvaluationFailed</c>.</summary>
    public StatesErrorException Failure(string detail, string? field = null)
    {
        var ex = _scope.Failure(StatesErrorNames.QueryEvaluationError, detail);
        _onFailure(ex.Cause ?? detail, field);
        return ex;
    }

    public static string TypeName(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ when JsonValues.TryGetString(value, out _) => "string",
        _ when JsonValues.TryGetNumber(value, out _) => "number",
        _ => "boolean",
    };

    private static string Prefix(string text, string field) =>
        "The JSONata expression '" + text + "' specified for the field '" + field + "'";

    private static string[] ReferencedNames(string text) =>
        [.. VariableReference().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex VariableReference();
}

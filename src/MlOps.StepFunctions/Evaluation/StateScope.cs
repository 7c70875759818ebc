using System.Text.Json.Nodes;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.Intrinsics;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Model;
using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Evaluation;

/// <summary>
/// Everything a state's expressions can see: the current document (<c>$</c>), the context object (<c>$$</c>,
/// built lazily) and the variables as they were at state entry.
/// </summary>
internal sealed class StateScope(ExecutionRun run, StateNode state, long enteredEventId, long virtualTicksAtEntry,
    VariableScope variables, JsonObject? mapItem) : IPathResolver, Choice.IChoiceInput
{
    private JsonObject? _context;

    public StateNode State { get; private set; } = state;

    /// <summary>The execution this scope belongs to (JSONata templates evaluated from model objects need it).</summary>
    internal ExecutionRun Run => run;

    public long EnteredEventId { get; private set; } = enteredEventId;

    private DateTimeOffset? _enteredTime;

    /// <summary>Entry time: the clock is read on first use, at the virtual offset the state was entered with.</summary>
    public DateTimeOffset EnteredTime => _enteredTime ??= run.TimeAt(EnteredVirtualTicks);

    public long EnteredVirtualTicks { get; private set; } = virtualTicksAtEntry;

    public VariableScope Variables { get; private set; } = variables;

    /// <summary>The document <c>$</c> refers to for the expression being evaluated.</summary>
    public JsonNode? Current { get; set; }

    public string? TaskToken { get; set; }

    public int RetryCount { get; set; }

    private JsonObject? _mapItem = mapItem;

    public JsonObject Context => _context ??= run.BuildContext(this, _mapItem);

    public void InvalidateContext() => _context = null;

    /// <summary>
    /// Makes this scope the next state's (a graph run reuses one scope: nothing keeps a scope once its state is done,
    /// and one object per state entry was a tenth of a large Map's allocations).
    /// </summary>
    public void Enter(StateNode next, long enteredEventId, long virtualTicksAtEntry, VariableScope variables, JsonObject? mapItem)
    {
        Variables = variables;
        _mapItem = mapItem;
        Enter(next, enteredEventId, virtualTicksAtEntry);
    }

    /// <summary>Makes this scope the next state's of the same graph run.</summary>
    public void Enter(StateNode next, long enteredEventId, long virtualTicksAtEntry)
    {
        State = next;
        EnteredEventId = enteredEventId;
        EnteredVirtualTicks = virtualTicksAtEntry;
        _context = null;
        _enteredTime = null;
        Current = null;
        TaskToken = null;
        RetryCount = 0;
    }

    /// <summary>A <c>States.Runtime</c> failure with AWS's state prefix.</summary>
    public StatesErrorException Runtime(string detail) => Failure(StatesErrorNames.Runtime, detail);

    public StatesErrorException Failure(string error, string detail) =>
        new(error, "An error occurred while executing the state '" + State.Name + "' (entered at the event id #"
                   + EnteredEventId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "). " + detail);

    /// <summary>Resolves a path against <c>$</c>, <c>$$</c> or a variable; false when a definite path misses.</summary>
    public bool TryResolve(JsonPath path, out JsonNode? value)
    {
        switch (path.Root)
        {
            case PathRoot.Context:
                return path.TryEvaluate(Context, out value);
            case PathRoot.Variable:
                if (!Variables.TryGet(path.VariableName!, out var root))
                {
                    value = null;
                    return false;
                }

                return path.TryEvaluate(root, out value);
            default:
                return path.TryEvaluate(Current, out value);
        }
    }

    public Exception InvalidConditionPath(JsonPath path) =>
        Runtime("Invalid path '" + path.Text + "': The choice state's condition path references an invalid value.");

    /// <summary>Resolves for InputPath/OutputPath/ItemsPath: a miss is <c>States.Runtime</c> "Invalid path".</summary>
    public JsonNode? ResolveStrict(JsonPath path)
    {
        try
        {
            return path.Root switch
            {
                PathRoot.Context => path.Evaluate(Context)?.DeepClone(),
                PathRoot.Variable => Variables.TryGet(path.VariableName!, out var root)
                    ? path.Evaluate(root)?.DeepClone()
                    : throw new JsonPathException("The variable '" + path.VariableName + "' is not defined"),
                _ => path.Evaluate(Current),
            };
        }
        catch (JsonPathException ex)
        {
            throw Runtime("Invalid path '" + path.Text + "' : " + ex.Message);
        }
    }

    public JsonNode? ResolveField(JsonPath path, string field)
    {
        if (TryResolve(path, out var value))
        {
            return value;
        }

        var doc = path.Root switch
        {
            PathRoot.Context => Context,
            PathRoot.Variable => Variables.TryGet(path.VariableName!, out var v) ? v : null,
            _ => Current,
        };
        throw Runtime("The JSONPath '" + path.Text + "' specified for the field '" + field + "' could not be found in the input '"
                      + JsonValues.ToJson(doc) + "'");
    }

    public JsonNode? EvaluateIntrinsic(IntrinsicExpression expression, string field)
    {
        try
        {
            return expression.Evaluate(new IntrinsicPaths(this, field));
        }
        catch (IntrinsicFailureException ex)
        {
            throw new StatesErrorException(StatesErrorNames.IntrinsicFailure, ex.Message);
        }
    }

    /// <summary>Resolves intrinsic path arguments against this scope (a struct: no closure per evaluation).</summary>
    private readonly struct IntrinsicPaths(StateScope scope, string field) : IIntrinsicPathSource
    {
        public JsonNode? Resolve(Intrinsics.Syntax.PathNode path)
        {
            // Parsed when the definition loaded; a text that is no path fails here, with the parser's reason.
            var parsed = path.Parsed ?? throw new IntrinsicFailureException(path.ParseError ?? "invalid path '" + path.Path + "'");
            // IntrinsicExpression copies resolved values itself where the function keeps them; no copy here.
            return scope.ResolveField(parsed, field);
        }
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Syntax;

namespace MlOps.StepFunctions.Intrinsics.Functions;

/// <summary>
/// Base of every <c>States.*</c> function. A subclass declares its parameters (types and value rules) as
/// data and implements <see cref="Apply"/>; this class checks arity and literal types when the definition
/// loads, and types and rules of evaluated arguments before <see cref="Apply"/> runs.
/// </summary>
internal abstract class IntrinsicFunction
{
    /// <summary>Declares the function.</summary>
    protected IntrinsicFunction(string name, params ArgumentSpec[] parameters)
    {
        Name = name;
        Parameters = parameters;
        MinArity = parameters.Count(p => !p.Optional && !p.Variadic);
        MaxArity = parameters.Any(p => p.Variadic) ? null : parameters.Length;
    }

    /// <summary>The full name, e.g. <c>States.Format</c>.</summary>
    public string Name { get; }

    /// <summary>The declared parameters, in order.</summary>
    public IReadOnlyList<ArgumentSpec> Parameters { get; }

    /// <summary>The fewest arguments accepted.</summary>
    public int MinArity { get; }

    /// <summary>The most arguments accepted, or <see langword="null"/> when unbounded.</summary>
    public int? MaxArity { get; }

    /// <summary>True when <see cref="Apply"/> only reads its arguments (never returns or re-parents them), so path values need no copy.</summary>
    public virtual bool ReadsArgumentsOnly => false;

    /// <summary>AWS's <c>States.IntrinsicFailure</c> cause for this function.</summary>
    public string FailureCause => $"Invalid arguments in {Name}";

    /// <summary>Checks arity and the types of literal arguments; null when the call is well-formed.</summary>
    public DefinitionProblem? CheckAtDefinition(IReadOnlyList<IntrinsicNode> arguments)
    {
        if (arguments.Count < MinArity || arguments.Count > (MaxArity ?? int.MaxValue))
        {
            return new DefinitionProblem(null, string.Create(
                CultureInfo.InvariantCulture,
                $"{Name} takes {DescribeArity()} but was given {arguments.Count}"));
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] is LiteralNode literal)
            {
                var spec = SpecFor(i);
                var kind = JsonKinds.Of(literal.Value);
                if ((spec.Kinds & kind) == 0)
                {
                    return new DefinitionProblem(i, string.Create(
                        CultureInfo.InvariantCulture,
                        $"argument {i + 1} ({spec.Name}) of {Name} must be {JsonKinds.Describe(spec.Kinds)}, not {JsonKinds.Describe(kind)}"));
                }
            }
        }

        return null;
    }

    /// <summary>Checks evaluated arguments against the declaration, then applies the function.</summary>
    public JsonNode? Invoke(IReadOnlyList<JsonNode?> values, IReadOnlyList<IntrinsicNode> nodes)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var spec = SpecFor(i);
            if ((spec.Kinds & JsonKinds.Of(values[i])) == 0)
            {
                throw Failure();
            }

            for (var r = 0; r < spec.Rules.Count; r++)
            {
                if (!spec.Rules[r].IsSatisfiedBy(values[i]))
                {
                    throw Failure();
                }
            }
        }

        return Apply(new IntrinsicArguments(values, nodes));
    }

    /// <summary>Computes the result from arguments that passed the declared checks.</summary>
    protected abstract JsonNode? Apply(IntrinsicArguments arguments);

    /// <summary>The run-time failure AWS reports for a bad argument of this function.</summary>
    protected IntrinsicFailureException Failure() => new(FailureCause);

    private ArgumentSpec SpecFor(int index) => index < Parameters.Count ? Parameters[index] : Parameters[^1];

    private string DescribeArity()
    {
        string Plural(int n) => n == 1 ? "1 argument" : n.ToString(CultureInfo.InvariantCulture) + " arguments";
        return MaxArity switch
        {
            null => "at least " + Plural(MinArity),
            { } max when max == MinArity => "exactly " + Plural(max),
            { } max => string.Create(CultureInfo.InvariantCulture, $"{MinArity} to {max} arguments"),
        };
    }
}

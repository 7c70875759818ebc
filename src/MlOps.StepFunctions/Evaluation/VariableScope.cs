using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Evaluation;

/// <summary>Workflow variables of one scope; child scopes (Parallel branches, inline Map iterations) read outer ones.</summary>
internal sealed class VariableScope(VariableScope? parent)
{
    private Dictionary<string, JsonNode?>? _values;

    public bool TryGet(string name, out JsonNode? value)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope._values is not null && scope._values.TryGetValue(name, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    public VariableScope? Parent { get; } = parent;

    /// <summary>All visible variables (inner scopes shadow outer ones), for the JSONata evaluator.</summary>
    public Dictionary<string, JsonNode?> Flatten()
    {
        var all = Parent?.Flatten() ?? new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (_values is not null)
        {
            foreach (var (k, v) in _values)
            {
                all[k] = v;
            }
        }

        return all;
    }

    /// <summary>Defines or replaces a variable in this scope (inner scopes shadow outer ones).</summary>
    public void Set(string name, JsonNode? value) =>
        (_values ??= new Dictionary<string, JsonNode?>(StringComparer.Ordinal))[name] = value;
}

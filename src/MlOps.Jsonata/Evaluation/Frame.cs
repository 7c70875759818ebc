namespace MlOps.Jsonata.Evaluation;

/// <summary>A scope of variable bindings, chained to its enclosing scope.</summary>
internal sealed class Frame(Frame? parent)
{
    private Dictionary<string, object?>? _vars;

    public Frame? Parent { get; } = parent;

    public void Bind(string name, object? value)
    {
        _vars ??= new Dictionary<string, object?>(StringComparer.Ordinal);
        _vars[name] = value;
    }

    public object? Lookup(string name)
    {
        for (var f = this; f is not null; f = f.Parent)
        {
            if (f._vars is not null && f._vars.TryGetValue(name, out var v))
            {
                return v;
            }
        }

        return null;
    }

    public bool IsBound(string name)
    {
        for (var f = this; f is not null; f = f.Parent)
        {
            if (f._vars is not null && f._vars.ContainsKey(name))
            {
                return true;
            }
        }

        return false;
    }
}

namespace MlOps.Jsonata.Values;

/// <summary>One element of a tuple stream: the context item (<c>@</c>) plus focus, index and parent bindings.</summary>
internal sealed class JTuple : Dictionary<string, object?>
{
    public JTuple()
        : base(StringComparer.Ordinal)
    {
    }

    public JTuple(JTuple other)
        : base(other, StringComparer.Ordinal)
    {
    }

    public object? Context
    {
        get => TryGetValue("@", out var v) ? v : null;
        set => this["@"] = value;
    }
}

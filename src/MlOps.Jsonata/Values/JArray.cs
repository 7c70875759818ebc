namespace MlOps.Jsonata.Values;

/// <summary>A JSONata array; flags mark the internal sequence kinds that flatten on output.</summary>
internal sealed class JArray : List<object?>
{
    public JArray()
    {
    }

    public JArray(int capacity)
        : base(capacity)
    {
    }

    public JArray(IEnumerable<object?> items)
        : base(items)
    {
    }

    /// <summary>A result sequence (flattens, singleton unwraps) rather than a JSON array.</summary>
    public bool IsSequence { get; set; }

    /// <summary>A singleton sequence that must stay an array (<c>[]</c> on a path step).</summary>
    public bool KeepSingleton { get; set; }

    /// <summary>Built by an array constructor: not flattened by path steps.</summary>
    public bool Cons { get; set; }

    /// <summary>The wrapper put around a top-level JSON array input.</summary>
    public bool OuterWrapper { get; set; }

    /// <summary>A stream of <see cref="JTuple"/> bindings (for <c>@</c>, <c>#</c> and <c>%</c>).</summary>
    public bool TupleStream { get; set; }

    public JArray AsOuterWrapper()
    {
        IsSequence = true;
        OuterWrapper = true;
        return this;
    }

    public static JArray Sequence() => new() { IsSequence = true };

    public static JArray Sequence(object? item)
    {
        var s = new JArray { IsSequence = true };
        s.Add(item);
        return s;
    }
}

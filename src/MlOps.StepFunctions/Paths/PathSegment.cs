namespace MlOps.StepFunctions.Paths;

/// <summary>One step of a compiled JSONPath.</summary>
internal abstract record PathSegment
{
    /// <summary>True when the step can yield zero or several nodes.</summary>
    public abstract bool Indefinite { get; }
}

/// <summary><c>.name</c> or <c>['name']</c>.</summary>
internal sealed record NameSegment(string Name) : PathSegment
{
    public override bool Indefinite => false;
}

/// <summary><c>[n]</c> (negative counts from the end).</summary>
internal sealed record IndexSegment(int Index) : PathSegment
{
    public override bool Indefinite => false;
}

/// <summary><c>.*</c> or <c>[*]</c>.</summary>
internal sealed record WildcardSegment : PathSegment
{
    public override bool Indefinite => true;
}

/// <summary><c>[start:end:step]</c>.</summary>
internal sealed record SliceSegment(int? Start, int? End, int Step) : PathSegment
{
    public override bool Indefinite => true;
}

/// <summary><c>['a','b']</c> or <c>[0,2]</c>.</summary>
internal sealed record UnionSegment(IReadOnlyList<object> Keys) : PathSegment
{
    public override bool Indefinite => true;
}

/// <summary><c>..name</c> / <c>..*</c> / <c>..[0]</c>: the inner step applied at every depth.</summary>
internal sealed record RecursiveSegment(PathSegment Inner) : PathSegment
{
    public override bool Indefinite => true;
}

/// <summary><c>[?(expr)]</c>.</summary>
internal sealed record FilterSegment(FilterExpression Filter) : PathSegment
{
    public override bool Indefinite => true;
}

/// <summary><c>[(@.length-n)]</c>.</summary>
internal sealed record LengthOffsetSegment(int Offset) : PathSegment
{
    public override bool Indefinite => false;
}

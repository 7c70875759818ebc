namespace MlOps.Jsonata.Parsing;

/// <summary>One node of the expression tree; which members are used depends on <see cref="Kind"/>.</summary>
internal sealed class Node(NodeKind kind, int position)
{
    public NodeKind Kind { get; set; } = kind;

    public int Position { get; } = position;

    /// <summary>Operator symbol, name, variable name or string literal.</summary>
    public string Text { get; set; } = "";

    /// <summary>Literal value (number, string, bool, JNull) or compiled regex.</summary>
    public object? Literal { get; set; }

    public Node? Lhs { get; set; }

    public Node? Rhs { get; set; }

    public Node? Then { get; set; }

    public Node? Else { get; set; }

    public List<Node>? Items { get; set; }

    public List<Node>? Arguments { get; set; }

    public List<(Node Key, Node Value)>? Pairs { get; set; }

    public List<(Node Key, Node Value)>? Group { get; set; }

    public List<Stage>? Stages { get; set; }

    public List<Stage>? Predicates { get; set; }

    public List<SortTerm>? Terms { get; set; }

    public bool KeepArray { get; set; }

    public bool KeepSingletonArray { get; set; }

    public bool ConsArray { get; set; }

    public bool Tuple { get; set; }

    public bool Thunk { get; set; }

    public string? Focus { get; set; }

    public string? Index { get; set; }

    public Slot? Ancestor { get; set; }

    public Slot? Slot { get; set; }

    public List<Slot>? SeekingParent { get; set; }

    public string? SignatureText { get; set; }

    /// <summary>A one-step path of a plain field name (the evaluator's fast path).</summary>
    public bool IsSimpleName { get; set; }

    /// <summary>A block that binds variables and so needs its own scope.</summary>
    public bool NeedsFrame { get; set; } = true;

    public Evaluation.Signature? Signature { get; set; }

    public override string ToString() => $"{Kind} {Text}";
}

/// <summary>A predicate filter or a <c>#</c> index binding applied to a step.</summary>
internal sealed record Stage(Node? Filter, string? IndexVar, int Position);

/// <summary>One term of a sort (<c>^(&lt;a, &gt;b)</c>).</summary>
internal sealed record SortTerm(Node Expression, bool Descending);

/// <summary>A <c>%</c> parent reference being resolved to an ancestor step.</summary>
internal sealed class Slot(string label, int level, int index)
{
    public string Label { get; set; } = label;

    public int Level { get; set; } = level;

    public int Index { get; } = index;
}

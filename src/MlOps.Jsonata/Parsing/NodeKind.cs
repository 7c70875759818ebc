namespace MlOps.Jsonata.Parsing;

/// <summary>The kinds of expression-tree node.</summary>
internal enum NodeKind
{
    Path,
    Binary,
    Negate,
    ArrayCons,
    ObjectCons,
    Name,
    String,
    Number,
    Value,
    Wildcard,
    Descendant,
    Parent,
    Condition,
    Block,
    Bind,
    Regex,
    Function,
    Partial,
    Placeholder,
    Variable,
    Lambda,
    Apply,
    Transform,
    Sort,
    Operator,
    End,
}

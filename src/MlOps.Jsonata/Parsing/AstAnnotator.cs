namespace MlOps.Jsonata.Parsing;

/// <summary>Marks evaluator fast paths on the processed tree: simple one-name paths and blocks that bind nothing.</summary>
internal static class AstAnnotator
{
    /// <summary>Marks fast paths: simple one-name paths and blocks without bindings.</summary>
    public static void Annotate(Node n)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw AstProcessor.TooDeep(n);
        }

        if (n.Kind == NodeKind.Path && n.Items!.Count == 1)
        {
            var s = n.Items[0];
            n.IsSimpleName = s.Kind == NodeKind.Name && s.Stages is null && s.Predicates is null && !s.Tuple && s.Focus is null
                && s.Index is null && s.Ancestor is null && s.Group is null && !s.KeepArray && n.Group is null && !n.KeepSingletonArray && !n.Tuple;
        }

        if (n.Kind == NodeKind.Block)
        {
            n.NeedsFrame = n.Items!.Exists(ContainsBind);
        }

        foreach (var c in Children(n))
        {
            Annotate(c);
        }
    }

    private static bool ContainsBind(Node n) =>
        !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()
            ? throw AstProcessor.TooDeep(n)
            : n.Kind == NodeKind.Bind || (n.Kind is not (NodeKind.Block or NodeKind.Lambda) && Children(n).Any(ContainsBind));

    private static IEnumerable<Node> Children(Node n)
    {
        foreach (var c in new[] { n.Lhs, n.Rhs, n.Then, n.Else })
        {
            if (c is not null)
            {
                yield return c;
            }
        }

        foreach (var list in new[] { n.Items, n.Arguments })
        {
            if (list is not null)
            {
                foreach (var c in list)
                {
                    yield return c;
                }
            }
        }

        foreach (var pairs in new[] { n.Pairs, n.Group })
        {
            if (pairs is not null)
            {
                foreach (var (k, v) in pairs)
                {
                    yield return k;
                    yield return v;
                }
            }
        }

        foreach (var stages in new[] { n.Stages, n.Predicates })
        {
            if (stages is not null)
            {
                foreach (var st in stages)
                {
                    if (st.Filter is not null)
                    {
                        yield return st.Filter;
                    }
                }
            }
        }

        if (n.Terms is not null)
        {
            foreach (var t in n.Terms)
            {
                yield return t.Expression;
            }
        }
    }
}

namespace MlOps.Jsonata.Parsing;

/// <summary>Path, predicate, grouping, sorting and ancestry handling of <see cref="AstProcessor"/>.</summary>
internal sealed partial class AstProcessor
{
    private Node ProcessBinary(Node expr)
    {
        switch (expr.Text)
        {
            case ".":
                return ProcessDot(expr);
            case "[":
                return ProcessPredicate(expr);
            case "{":
                {
                    var result = Process(expr.Lhs!);
                    if (result.Group is not null)
                    {
                        throw new JsonataException("S0210", "Each step can only have one grouping expression", expr.Position, "{");
                    }

                    result.Group = [];
                    foreach (var (k, v) in expr.Pairs!)
                    {
                        result.Group.Add((Process(k), Process(v)));
                    }

                    return result;
                }

            case "@":
                {
                    var result = Process(expr.Lhs!);
                    var step = result.Kind == NodeKind.Path ? result.Items![^1] : result;
                    if (step.Stages is not null || step.Predicates is not null)
                    {
                        throw new JsonataException("S0215", "A context variable binding must precede any predicates on a step", expr.Position, "@");
                    }

                    if (step.Kind == NodeKind.Sort)
                    {
                        throw new JsonataException("S0216", "A context variable binding must precede the 'order-by' clause on a step", expr.Position, "@");
                    }

                    if (expr.KeepArray)
                    {
                        step.KeepArray = true;
                    }

                    step.Focus = expr.Rhs!.Text;
                    step.Tuple = true;
                    return result;
                }

            case "#":
                {
                    var result = Process(expr.Lhs!);
                    Node step;
                    if (result.Kind == NodeKind.Path)
                    {
                        step = result.Items![^1];
                    }
                    else
                    {
                        step = result;
                        result = new Node(NodeKind.Path, expr.Position) { Items = [step] };
                        if (step.Predicates is not null)
                        {
                            step.Stages = step.Predicates;
                            step.Predicates = null;
                        }
                    }

                    if (step.Stages is null)
                    {
                        step.Index = expr.Rhs!.Text;
                    }
                    else
                    {
                        step.Stages.Add(new Stage(null, expr.Rhs!.Text, expr.Position));
                    }

                    step.Tuple = true;
                    return result;
                }

            default:
                {
                    var result = new Node(NodeKind.Binary, expr.Position) { Text = expr.Text, Lhs = Process(expr.Lhs!), Rhs = Process(expr.Rhs!) };
                    PushAncestry(result, result.Lhs!);
                    PushAncestry(result, result.Rhs!);
                    return result;
                }
        }
    }

    private Node ProcessDot(Node expr)
    {
        var lstep = Process(expr.Lhs!);
        Node result;
        if (lstep.Kind == NodeKind.Path)
        {
            result = lstep;
        }
        else
        {
            result = new Node(NodeKind.Path, expr.Position) { Items = [lstep] };
        }

        if (lstep.Kind == NodeKind.Parent)
        {
            result.SeekingParent = [lstep.Slot!];
        }

        var rest = Process(expr.Rhs!);
        if (rest.Kind == NodeKind.Path)
        {
            result.Items!.AddRange(rest.Items!);
        }
        else
        {
            if (rest.Predicates is not null)
            {
                rest.Stages = rest.Predicates;
                rest.Predicates = null;
            }

            result.Items!.Add(rest);
        }

        foreach (var step in result.Items!)
        {
            if (step.Kind is NodeKind.Number or NodeKind.Value)
            {
                throw new JsonataException("S0213", $"The literal value {step.Text} cannot be used as a step within a path expression", step.Position, step.Text);
            }

            if (step.Kind == NodeKind.String)
            {
                step.Kind = NodeKind.Name;
            }

            if (step.KeepArray)
            {
                result.KeepSingletonArray = true;
            }
        }

        if (result.Items[0].Kind == NodeKind.ArrayCons)
        {
            result.Items[0].ConsArray = true;
        }

        if (result.Items[^1].Kind == NodeKind.ArrayCons)
        {
            result.Items[^1].ConsArray = true;
        }

        ResolveAncestry(result);
        return result;
    }

    private Node ProcessPredicate(Node expr)
    {
        var result = Process(expr.Lhs!);
        var step = result;
        var stages = false;
        if (result.Kind == NodeKind.Path)
        {
            step = result.Items![^1];
            stages = true;
        }

        if (step.Group is not null)
        {
            throw new JsonataException("S0209", "A predicate cannot follow a grouping expression in a step", expr.Position, "[");
        }

        var predicate = Process(expr.Rhs!);
        if (predicate.SeekingParent is not null)
        {
            foreach (var slot in predicate.SeekingParent)
            {
                if (slot.Level == 1)
                {
                    SeekParent(step, slot);
                }
                else
                {
                    slot.Level--;
                }
            }
        }

        PushAncestry(step, predicate);

        var stage = new Stage(predicate, null, expr.Position);
        if (stages)
        {
            (step.Stages ??= []).Add(stage);
        }
        else
        {
            (step.Predicates ??= []).Add(stage);
        }

        return result;
    }

    private Node ProcessSort(Node expr)
    {
        var result = Process(expr.Lhs!);
        if (result.Kind != NodeKind.Path)
        {
            result = new Node(NodeKind.Path, expr.Position) { Items = [result] };
        }

        var sortStep = new Node(NodeKind.Sort, expr.Position) { Terms = [] };
        foreach (var term in expr.Terms!)
        {
            var e = Process(term.Expression);
            PushAncestry(sortStep, e);
            sortStep.Terms.Add(new SortTerm(e, term.Descending));
        }

        result.Items!.Add(sortStep);
        ResolveAncestry(result);
        return result;
    }
}

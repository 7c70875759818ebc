namespace MlOps.Jsonata.Parsing;

/// <summary>
/// Turns the raw tree into the evaluable one: location paths with steps, predicates as stages,
/// tuple flags for focus (<c>@</c>), index (<c>#</c>) and parent (<c>%</c>) bindings, tail calls as thunks.
/// </summary>
internal sealed partial class AstProcessor
{
    private readonly List<Node> _ancestry = [];
    private int _ancestorLabel;
    private int _ancestorIndex;

    public Node Process(Node expr)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw TooDeep(expr);
        }

        Node result;
        switch (expr.Kind)
        {
            case NodeKind.Binary:
                result = ProcessBinary(expr);
                break;
            case NodeKind.Sort:
                result = ProcessSort(expr);
                break;
            case NodeKind.Apply:
                result = new Node(NodeKind.Apply, expr.Position) { Text = "~>", Lhs = Process(expr.Lhs!), Rhs = Process(expr.Rhs!) };
                result.KeepArray = result.Lhs!.KeepArray || result.Rhs!.KeepArray;
                break;
            case NodeKind.Bind:
                result = new Node(NodeKind.Bind, expr.Position) { Text = ":=", Lhs = expr.Lhs, Rhs = Process(expr.Rhs!) };
                PushAncestry(result, result.Rhs!);
                break;
            case NodeKind.ArrayCons:
                result = new Node(NodeKind.ArrayCons, expr.Position) { Text = "[", Items = [] };
                foreach (var item in expr.Items!)
                {
                    var v = Process(item);
                    PushAncestry(result, v);
                    result.Items.Add(v);
                }

                break;
            case NodeKind.ObjectCons:
                result = new Node(NodeKind.ObjectCons, expr.Position) { Text = "{", Pairs = [] };
                foreach (var (k, v) in expr.Pairs!)
                {
                    var pk = Process(k);
                    PushAncestry(result, pk);
                    var pv = Process(v);
                    PushAncestry(result, pv);
                    result.Pairs.Add((pk, pv));
                }

                break;
            case NodeKind.Negate:
                {
                    var operand = Process(expr.Lhs!);
                    if (operand.Kind == NodeKind.Number)
                    {
                        result = new Node(NodeKind.Number, expr.Position) { Literal = -(double)operand.Literal!, Text = "-" + operand.Text };
                    }
                    else
                    {
                        result = new Node(NodeKind.Negate, expr.Position) { Text = "-", Lhs = operand };
                        PushAncestry(result, operand);
                    }

                    break;
                }

            case NodeKind.Function or NodeKind.Partial:
                result = new Node(expr.Kind, expr.Position) { Text = expr.Text, Lhs = Process(expr.Lhs!), Arguments = [] };
                foreach (var a in expr.Arguments!)
                {
                    var pa = Process(a);
                    PushAncestry(result, pa);
                    result.Arguments.Add(pa);
                }

                break;
            case NodeKind.Lambda:
                result = new Node(NodeKind.Lambda, expr.Position) { Text = expr.Text, Arguments = expr.Arguments, SignatureText = expr.SignatureText, Signature = expr.Signature };

                result.Lhs = TailCallOptimize(Process(expr.Lhs!));
                break;
            case NodeKind.Condition:
                result = new Node(NodeKind.Condition, expr.Position) { Text = "?", Lhs = Process(expr.Lhs!), Then = Process(expr.Then!) };
                PushAncestry(result, result.Lhs!);
                PushAncestry(result, result.Then!);
                if (expr.Else is not null)
                {
                    result.Else = Process(expr.Else);
                    PushAncestry(result, result.Else);
                }

                break;
            case NodeKind.Transform:
                result = new Node(NodeKind.Transform, expr.Position) { Text = "|", Lhs = Process(expr.Lhs!), Rhs = Process(expr.Rhs!) };
                if (expr.Then is not null)
                {
                    result.Then = Process(expr.Then);
                }

                break;
            case NodeKind.Block:
                result = new Node(NodeKind.Block, expr.Position) { Text = "(", Items = [] };
                foreach (var item in expr.Items!)
                {
                    var part = Process(item);
                    PushAncestry(result, part);
                    if (part.ConsArray || (part.Kind == NodeKind.Path && part.Items![0].ConsArray))
                    {
                        result.ConsArray = true;
                    }

                    result.Items.Add(part);
                }

                break;
            case NodeKind.Name:
                result = new Node(NodeKind.Path, expr.Position) { Items = [expr] };
                if (expr.KeepArray)
                {
                    result.KeepSingletonArray = true;
                }

                break;
            case NodeKind.Parent:
                result = new Node(NodeKind.Parent, expr.Position) { Text = "%" };
                result.Slot = new Slot("!" + _ancestorLabel++, 1, _ancestorIndex++);
                _ancestry.Add(result);
                break;
            default:
                result = expr;
                break;
        }

        if (expr.KeepArray)
        {
            result.KeepArray = true;
        }

        return result;
    }

    public static JsonataException TooDeep(Node at) =>
        new("S0201", "Syntax error: expression nested too deeply", at.Position, at.Text);

    private static Node TailCallOptimize(Node expr)
    {
        if (expr.Kind == NodeKind.Function && expr.Predicates is null)
        {
            return new Node(NodeKind.Lambda, expr.Position) { Thunk = true, Arguments = [], Lhs = expr };
        }

        if (expr.Kind == NodeKind.Condition)
        {
            expr.Then = TailCallOptimize(expr.Then!);
            if (expr.Else is not null)
            {
                expr.Else = TailCallOptimize(expr.Else);
            }
        }
        else if (expr.Kind == NodeKind.Block && expr.Items!.Count > 0)
        {
            expr.Items[^1] = TailCallOptimize(expr.Items[^1]);
        }

        return expr;
    }
}

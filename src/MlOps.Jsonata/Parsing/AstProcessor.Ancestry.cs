
namespace MlOps.Jsonata.Parsing;

/// <summary>Parent (<c>%</c>) resolution: finds the ancestor step each parent reference binds to.</summary>
internal sealed partial class AstProcessor
{
    private Slot SeekParent(Node node, Slot slot)
    {
        switch (node.Kind)
        {
            case NodeKind.Name or NodeKind.Wildcard:
                slot.Level--;
                if (slot.Level == 0)
                {
                    if (node.Ancestor is null)
                    {
                        node.Ancestor = slot;
                    }
                    else
                    {
                        _ancestry[slot.Index].Slot!.Label = node.Ancestor.Label;
                        node.Ancestor = slot;
                    }

                    node.Tuple = true;
                }

                break;
            case NodeKind.Parent:
                slot.Level++;
                break;
            case NodeKind.Block:
                if (node.Items!.Count > 0)
                {
                    node.Tuple = true;
                    slot = SeekParent(node.Items[^1], slot);
                }

                break;
            case NodeKind.Path:
                {
                    node.Tuple = true;
                    var index = node.Items!.Count - 1;
                    slot = SeekParent(node.Items[index--], slot);
                    while (slot.Level > 0 && index >= 0)
                    {
                        slot = SeekParent(node.Items[index--], slot);
                    }

                    break;
                }

            default:
                throw new JsonataException("S0217", $"The object representing the 'parent' cannot be derived from this expression", node.Position, node.Kind.ToString().ToLowerInvariant());
        }

        return slot;
    }

    private static void PushAncestry(Node result, Node value)
    {
        if (value.SeekingParent is null && value.Kind != NodeKind.Parent)
        {
            return;
        }

        var slots = value.SeekingParent ?? [];
        if (value.Kind == NodeKind.Parent)
        {
            slots.Add(value.Slot!);
        }

        if (result.SeekingParent is null)
        {
            result.SeekingParent = slots;
        }
        else
        {
            result.SeekingParent.AddRange(slots);
        }
    }

    private void ResolveAncestry(Node path)
    {
        var steps = path.Items!;
        var last = steps[^1];
        var slots = last.SeekingParent ?? [];
        if (last.Kind == NodeKind.Parent)
        {
            slots.Add(last.Slot!);
        }

        foreach (var s in slots)
        {
            var slot = s;
            var index = steps.Count - 2;
            while (slot.Level > 0)
            {
                if (index < 0)
                {
                    (path.SeekingParent ??= []).Add(slot);
                    break;
                }

                var step = steps[index--];
                while (index >= 0 && step.Focus is not null && steps[index].Focus is not null)
                {
                    step = steps[index--];
                }

                slot = SeekParent(step, slot);
            }
        }
    }
}

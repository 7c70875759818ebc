using MlOps.Jsonata.Parsing;
using MlOps.Jsonata.Values;

namespace MlOps.Jsonata.Evaluation;

/// <summary>Binary operators.</summary>
internal sealed partial class Evaluator
{
    private const int MaxRangeSize = 10_000_000;

    private object? EvalBinary(Node expr, object? input, Frame env)
    {
        var op = expr.Text;
        var lhs = Eval(expr.Lhs!, input, env);
        if (op == "and")
        {
            return Boxes.Of(Ops.Truthy(lhs) && Ops.Truthy(Eval(expr.Rhs!, input, env)));
        }

        if (op == "or")
        {
            return Boxes.Of(Ops.Truthy(lhs) || Ops.Truthy(Eval(expr.Rhs!, input, env)));
        }

        var rhs = Eval(expr.Rhs!, input, env);
        switch (op)
        {
            case "+" or "-" or "*" or "/" or "%":
                return Arithmetic(op, lhs, rhs, expr);
            case "=":
                return Boxes.Of(lhs is not null && rhs is not null && Ops.DeepEquals(lhs, rhs));
            case "!=":
                return Boxes.Of(lhs is not null && rhs is not null && !Ops.DeepEquals(lhs, rhs));
            case "<" or "<=" or ">" or ">=":
                return Compare(op, lhs, rhs, expr);
            case "&":
                return Functions.StringFunctions.ToJsonataString(lhs, false, expr.Position) + Functions.StringFunctions.ToJsonataString(rhs, false, expr.Position);
            case "in":
                if (lhs is null || rhs is null)
                {
                    return Boxes.False;
                }

                if (rhs is JArray ra)
                {
                    foreach (var x in ra)
                    {
                        if (Ops.DeepEquals(x, lhs))
                        {
                            return Boxes.True;
                        }
                    }

                    return Boxes.False;
                }

                return Boxes.Of(Ops.DeepEquals(rhs, lhs));
            case "..":
                return Range(lhs, rhs, expr);
            default:
                throw new JsonataException("S0201", $"Unknown operator {op}", expr.Position, op);
        }
    }

    private static double? Arithmetic(string op, object? lhs, object? rhs, Node expr)
    {
        if (lhs is not null && !Ops.IsNumber(lhs))
        {
            throw new JsonataException("T2001", $"The left side of the \"{op}\" operator must evaluate to a number", expr.Position, op);
        }

        if (rhs is not null && !Ops.IsNumber(rhs))
        {
            throw new JsonataException("T2002", $"The right side of the \"{op}\" operator must evaluate to a number", expr.Position, op);
        }

        if (lhs is null || rhs is null)
        {
            return null;
        }

        var l = (double)lhs;
        var r = (double)rhs;
        var result = op switch
        {
            "+" => l + r,
            "-" => l - r,
            "*" => l * r,
            "/" => l / r,
            _ => l % r,
        };
        return result;
    }

    private static object? Compare(string op, object? lhs, object? rhs, Node expr)
    {
        var lok = lhs is null or string || Ops.IsNumber(lhs);
        var rok = rhs is null or string || Ops.IsNumber(rhs);
        if (!lok || !rok)
        {
            throw new JsonataException("T2010", $"The expressions either side of operator \"{op}\" must evaluate to numeric or string values", expr.Position, op);
        }

        if (lhs is null || rhs is null)
        {
            return null;
        }

        int c;
        if (lhs is double ld && rhs is double rd)
        {
            c = ld.CompareTo(rd);
        }
        else if (lhs is string ls && rhs is string rs)
        {
            c = string.CompareOrdinal(ls, rs);
        }
        else
        {
            throw new JsonataException("T2009", $"The values {lhs} and {rhs} either side of operator \"{op}\" must be of the same data type", expr.Position, op);
        }

        return Boxes.Of(op switch
        {
            "<" => c < 0,
            "<=" => c <= 0,
            ">" => c > 0,
            _ => c >= 0,
        });
    }

    private static JArray? Range(object? lhs, object? rhs, Node expr)
    {
        if (lhs is not null && (lhs is not double l0 || l0 != Math.Floor(l0)))
        {
            throw new JsonataException("T2003", "The left side of the range operator (..) must evaluate to an integer", expr.Position, "..");
        }

        if (rhs is not null && (rhs is not double r0 || r0 != Math.Floor(r0)))
        {
            throw new JsonataException("T2004", "The right side of the range operator (..) must evaluate to an integer", expr.Position, "..");
        }

        if (lhs is null || rhs is null)
        {
            return null;
        }

        var l = (double)lhs;
        var r = (double)rhs;
        if (l > r)
        {
            return null;
        }

        var size = r - l + 1;
        if (size > MaxRangeSize)
        {
            throw new JsonataException("D2014", $"The size of the sequence allocated by the range operator (..) must not exceed 1e7.  Attempted to allocate {size}.", expr.Position, "..");
        }

        var result = new JArray((int)size);
        for (var i = 0; i < (int)size; i++)
        {
            result.Add(l + i);
        }

        return result;
    }
}

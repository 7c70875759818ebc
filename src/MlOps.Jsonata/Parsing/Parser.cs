namespace MlOps.Jsonata.Parsing;

/// <summary>Pratt parser producing the raw syntax tree (before <see cref="AstProcessor"/>).</summary>
internal sealed class Parser
{
    private const int MaxNesting = 1000;
    private readonly Lexer _lexer;
    private int _nesting;
    private Token _token;

    private Parser(string text)
    {
        _lexer = new Lexer(text);
    }

    public static Node Parse(string text)
    {
        var p = new Parser(text);
        p.Advance(prefix: true);
        var expr = p.Expression(0);
        if (p._token.Kind != TokenKind.End)
        {
            throw new JsonataException("S0201", $"Syntax error: \"{p._token.Text}\"", p._token.Position, p._token.Text);
        }

        var ast = new AstProcessor().Process(expr);
        if (ast.Kind == NodeKind.Parent || ast.SeekingParent is not null)
        {
            throw new JsonataException("S0217", "The object representing the 'parent' cannot be derived from this expression", ast.Position, ast.Kind.ToString().ToLowerInvariant());
        }

        AstAnnotator.Annotate(ast);
        return ast;
    }

    private static int Lbp(Token t) => t.Kind != TokenKind.Operator ? 0 : t.Text switch
    {
        "." => 75,
        "[" or "(" or "@" or "#" => 80,
        "{" => 70,
        "?" => 20,
        "+" or "-" or "&" => 50,
        "*" or "/" or "%" => 60,
        "=" or "<" or ">" or "^" or "!=" or "<=" or ">=" or "~>" or "in" => 40,
        "and" => 30,
        "or" => 25,
        ":=" => 10,
        _ => 0,
    };

    private bool Is(string op) => _token.Kind == TokenKind.Operator && _token.Text == op;

    private void Advance(bool prefix = false) => _token = _lexer.Next(prefix);

    private void Expect(string op, bool prefix = false)
    {
        if (!Is(op))
        {
            if (_token.Kind == TokenKind.End)
            {
                throw new JsonataException("S0203", $"Expected \"{op}\" before end of expression", _token.Position, op);
            }

            throw new JsonataException("S0202", $"Expected \"{op}\", got \"{_token.Text}\"", _token.Position, _token.Text);
        }

        Advance(prefix);
    }

    private Node Expression(int rbp)
    {
        if (++_nesting > MaxNesting || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new JsonataException("S0201", $"Syntax error: expression nested more than {MaxNesting} levels deep", _token.Position, _token.Text);
        }

        var left = ExpressionCore(rbp);
        _nesting--;
        return left;
    }

    private Node ExpressionCore(int rbp)
    {
        var t = _token;
        Advance(prefix: t.Kind == TokenKind.Operator && t.Text is "-" or "(" or "[" or "{" or "|");
        var left = Nud(t);
        while (rbp < Lbp(_token))
        {
            t = _token;
            Advance(prefix: true);
            left = Led(t, left);
        }

        return left;
    }

    private Node Nud(Token t)
    {
        switch (t.Kind)
        {
            case TokenKind.End:
                throw new JsonataException("S0207", "Unexpected end of expression", t.Position);
            case TokenKind.Name:
                return new Node(NodeKind.Name, t.Position) { Text = t.Text };
            case TokenKind.Variable:
                return new Node(NodeKind.Variable, t.Position) { Text = t.Text };
            case TokenKind.String:
                return new Node(NodeKind.String, t.Position) { Text = t.Text, Literal = t.Text };
            case TokenKind.Number:
                return new Node(NodeKind.Number, t.Position) { Literal = t.Literal, Text = t.Text };
            case TokenKind.Value:
                return new Node(NodeKind.Value, t.Position) { Literal = t.Literal, Text = t.Text };
            case TokenKind.Regex:
                return new Node(NodeKind.Regex, t.Position) { Literal = t.Literal, Text = t.Text };
            default:
                break;
        }

        switch (t.Text)
        {
            case "and" or "or" or "in":
                return new Node(NodeKind.Name, t.Position) { Text = t.Text };
            case "-":
                return new Node(NodeKind.Negate, t.Position) { Text = "-", Lhs = Expression(70) };
            case "*":
                return new Node(NodeKind.Wildcard, t.Position) { Text = "*" };
            case "**":
                return new Node(NodeKind.Descendant, t.Position) { Text = "**" };
            case "%":
                return new Node(NodeKind.Parent, t.Position) { Text = "%" };
            case "?":
                return new Node(NodeKind.Placeholder, t.Position) { Text = "?" };
            case "(":
                return ParseBlock(t);
            case "[":
                return ParseArray(t);
            case "{":
                return new Node(NodeKind.ObjectCons, t.Position) { Text = "{", Pairs = ParsePairs() };
            case "|":
                return ParseTransform(t);
            default:
                throw new JsonataException("S0211", $"The symbol \"{t.Text}\" cannot be used as a unary operator", t.Position, t.Text);
        }
    }

    private Node ParseBlock(Token t)
    {
        var items = new List<Node>();
        while (!Is(")"))
        {
            items.Add(Expression(0));
            if (!Is(";"))
            {
                break;
            }

            Advance(prefix: true);
        }

        Expect(")");
        return new Node(NodeKind.Block, t.Position) { Text = "(", Items = items };
    }

    private Node ParseArray(Token t)
    {
        var items = new List<Node>();
        if (!Is("]"))
        {
            while (true)
            {
                var item = Expression(0);
                if (Is(".."))
                {
                    var pos = _token.Position;
                    Advance(prefix: true);
                    item = new Node(NodeKind.Binary, pos) { Text = "..", Lhs = item, Rhs = Expression(0) };
                }

                items.Add(item);
                if (!Is(","))
                {
                    break;
                }

                Advance(prefix: true);
            }
        }

        Expect("]");
        return new Node(NodeKind.ArrayCons, t.Position) { Text = "[", Items = items };
    }

    private List<(Node, Node)> ParsePairs()
    {
        var pairs = new List<(Node, Node)>();
        if (!Is("}"))
        {
            while (true)
            {
                var key = Expression(0);
                Expect(":", prefix: true);
                var value = Expression(0);
                pairs.Add((key, value));
                if (!Is(","))
                {
                    break;
                }

                Advance(prefix: true);
            }
        }

        Expect("}");
        return pairs;
    }

    private Node ParseTransform(Token t)
    {
        var node = new Node(NodeKind.Transform, t.Position) { Text = "|" };
        node.Lhs = Expression(0);
        Expect("|", prefix: true);
        node.Rhs = Expression(0);
        if (Is(","))
        {
            Advance(prefix: true);
            node.Then = Expression(0);
        }

        Expect("|");
        return node;
    }

    private Node Led(Token t, Node left)
    {
        switch (t.Text)
        {
            case "(":
                return ParseCall(t, left);
            case "[":
                if (Is("]"))
                {
                    Advance();
                    var step = left;
                    while (step.Kind == NodeKind.Binary && step.Text == "[")
                    {
                        step = step.Lhs!;
                    }

                    step.KeepArray = true;
                    return left;
                }
                else
                {
                    var pred = Expression(0);
                    Expect("]");
                    return new Node(NodeKind.Binary, t.Position) { Text = "[", Lhs = left, Rhs = pred };
                }

            case "{":
                return new Node(NodeKind.Binary, t.Position) { Text = "{", Lhs = left, Pairs = ParsePairs() };
            case "^":
                return ParseSort(t, left);
            case "?":
                {
                    var node = new Node(NodeKind.Condition, t.Position) { Text = "?", Lhs = left, Then = Expression(0) };
                    if (Is(":"))
                    {
                        Advance(prefix: true);
                        node.Else = Expression(0);
                    }

                    return node;
                }

            case ":=":
                if (left.Kind != NodeKind.Variable)
                {
                    throw new JsonataException("S0212", "The left side of := must be a variable name (start with $)", left.Position, left.Text);
                }

                return new Node(NodeKind.Bind, t.Position) { Text = ":=", Lhs = left, Rhs = Expression(9) };
            case "@" or "#":
                {
                    var rhs = Expression(Lbp(t));
                    if (rhs.Kind != NodeKind.Variable)
                    {
                        throw new JsonataException("S0214", $"The right side of {t.Text} must be a variable name (start with $)", rhs.Position, t.Text);
                    }

                    return new Node(NodeKind.Binary, t.Position) { Text = t.Text, Lhs = left, Rhs = rhs };
                }

            case "~>":
                return new Node(NodeKind.Apply, t.Position) { Text = "~>", Lhs = left, Rhs = Expression(40) };
            case "." or "+" or "-" or "*" or "/" or "%" or "=" or "!=" or "<" or "<=" or ">" or ">=" or "&" or "and" or "or" or "in":
                return new Node(NodeKind.Binary, t.Position) { Text = t.Text, Lhs = left, Rhs = Expression(Lbp(t)) };
            default:
                throw new JsonataException("S0201", $"Syntax error: \"{t.Text}\"", t.Position, t.Text);
        }
    }

    private Node ParseSort(Token t, Node left)
    {
        Expect("(", prefix: true);
        var terms = new List<SortTerm>();
        while (true)
        {
            var descending = false;
            if (Is("<"))
            {
                Advance(prefix: true);
            }
            else if (Is(">"))
            {
                descending = true;
                Advance(prefix: true);
            }

            terms.Add(new SortTerm(Expression(0), descending));
            if (!Is(","))
            {
                break;
            }

            Advance(prefix: true);
        }

        Expect(")");
        return new Node(NodeKind.Sort, t.Position) { Text = "^", Lhs = left, Terms = terms };
    }

    private Node ParseCall(Token t, Node left)
    {
        var args = new List<Node>();
        var partial = false;
        if (!Is(")"))
        {
            while (true)
            {
                if (Is("?"))
                {
                    partial = true;
                    args.Add(new Node(NodeKind.Placeholder, _token.Position) { Text = "?" });
                    Advance();
                }
                else
                {
                    args.Add(Expression(0));
                }

                if (!Is(","))
                {
                    break;
                }

                Advance(prefix: true);
            }
        }

        Expect(")");
        if (left.Kind == NodeKind.Name && left.Text is "function" or "λ")
        {
            foreach (var a in args)
            {
                if (a.Kind != NodeKind.Variable)
                {
                    throw new JsonataException("S0208", $"Parameter {a.Text} of function definition must be a variable name (start with $)", a.Position, a.Text);
                }
            }

            var lambda = new Node(NodeKind.Lambda, t.Position) { Text = "function", Arguments = args };
            if (Is("<"))
            {
                lambda.SignatureText = _lexer.ReadSignature(_token.Position);
                lambda.Signature = Evaluation.Signature.Parse(lambda.SignatureText, t.Position);
                Advance();
            }

            Expect("{", prefix: true);
            lambda.Lhs = Expression(0);
            Expect("}");
            return lambda;
        }

        return new Node(partial ? NodeKind.Partial : NodeKind.Function, t.Position) { Text = "(", Lhs = left, Arguments = args };
    }
}

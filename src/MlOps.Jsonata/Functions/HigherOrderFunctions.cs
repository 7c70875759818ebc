using MlOps.Jsonata.Parsing;
using MlOps.Jsonata.Values;
using static MlOps.Jsonata.Functions.Library;

namespace MlOps.Jsonata.Functions;

/// <summary>Higher-order functions: map, filter, single, reduce; and <c>$eval</c>.</summary>
internal static class HigherOrderFunctions
{
    public static IEnumerable<NativeFunction> Definitions()
    {
        yield return Define("map", "<af>", 2, (ev, a, _, env) =>
        {
            if (a[0] is not JArray arr)
            {
                return null;
            }

            var f = (JFunction)a[1]!;
            var result = JArray.Sequence();
            for (var i = 0; i < arr.Count; i++)
            {
                var v = ev.CallHof(f, arr[i], (double)i, arr, env);
                if (v is not null)
                {
                    result.Add(v);
                }
            }

            return result;
        });
        yield return Define("filter", "<af>", 2, (ev, a, _, env) =>
        {
            if (a[0] is not JArray arr)
            {
                return null;
            }

            var f = (JFunction)a[1]!;
            var result = JArray.Sequence();
            for (var i = 0; i < arr.Count; i++)
            {
                if (Ops.Truthy(ev.CallHof(f, arr[i], (double)i, arr, env)))
                {
                    result.Add(arr[i]);
                }
            }

            return result;
        });
        yield return Define("single", "<af?>", 2, (ev, a, _, env) =>
        {
            if (a[0] is not JArray arr)
            {
                return null;
            }

            var f = Arg(a, 1) as JFunction;
            object? found = null;
            var hasFound = false;
            for (var i = 0; i < arr.Count; i++)
            {
                if (f is null || Ops.Truthy(ev.CallHof(f, arr[i], (double)i, arr, env)))
                {
                    if (hasFound)
                    {
                        throw new JsonataException("D3138", "The $single() function expected exactly 1 matching result.  Instead it matched more.");
                    }

                    found = arr[i];
                    hasFound = true;
                }
            }

            return hasFound ? found : throw new JsonataException("D3139", "The $single() function expected exactly 1 matching result.  Instead it matched 0.");
        });
        yield return Define("reduce", "<afj?:j>", 3, (ev, a, _, env) =>
        {
            if (a[0] is not JArray arr)
            {
                return null;
            }

            var f = (JFunction)a[1]!;
            if (f.Arity < 2)
            {
                throw new JsonataException("D3050", "The second argument of reduce function must be a function with at least two arguments");
            }

            object? result;
            int index;
            if (Arg(a, 2) is null && arr.Count > 0)
            {
                result = arr[0];
                index = 1;
            }
            else
            {
                result = Arg(a, 2);
                index = 0;
            }

            for (; index < arr.Count; index++)
            {
                var args = new List<object?> { result, arr[index] };
                if (f.Arity >= 3)
                {
                    args.Add((double)index);
                }

                if (f.Arity >= 4)
                {
                    args.Add(arr);
                }

                result = ev.Apply(f, args, null, env, -1);
            }

            return result;
        });
        yield return Define("eval", "<sx?:x>", 2, (ev, a, input, env) =>
        {
            if (a[0] is not string text)
            {
                return null;
            }

            Node ast;
            try
            {
                ast = Parser.Parse(text);
            }
            catch (JsonataException ex)
            {
                throw new JsonataException("D3120", "Syntax error in expression passed to function eval: " + ex.Message);
            }

            var context = input;
            if (a.Count > 1 && a[1] is not null)
            {
                context = a[1];
                if (context is JArray { IsSequence: false } ca)
                {
                    context = new JArray { ca }.AsOuterWrapper();
                }
            }

            try
            {
                return ev.Eval(ast, context, env);
            }
            catch (JsonataException ex) when (ex.Code != "U1001")
            {
                throw new JsonataException("D3121", "Dynamic error evaluating the expression passed to function eval: " + ex.Message);
            }
        });
    }
}

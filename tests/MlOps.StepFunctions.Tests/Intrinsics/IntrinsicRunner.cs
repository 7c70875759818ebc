using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics;

namespace MlOps.StepFunctions.Tests.Intrinsics;

/// <summary>
/// Parses and evaluates an expression against a JSON input with a small stand-in for the interpreter's
/// path resolver: <c>$...</c> reads the input, <c>$$...</c> a fixed context object, <c>$name...</c> a variable.
/// </summary>
internal static class IntrinsicRunner
{
    public static readonly JsonObject Context = new()
    {
        ["Execution"] = new JsonObject { ["Id"] = "arn:aws:states:us-east-1:123456789012:execution:sm-name:run-1" },
        ["StateMachine"] = new JsonObject { ["Name"] = "train-model-pipeline" },
    };

    public static JsonNode? Evaluate(string expression, string inputJson = "{}", string variablesJson = "{}")
    {
        var input = JsonNode.Parse(inputJson);
        var variables = JsonNode.Parse(variablesJson)!.AsObject();
        return IntrinsicExpression.Parse(expression).Evaluate(path => Resolve(path, input, variables));
    }

    private static JsonNode? Resolve(string path, JsonNode? input, JsonObject variables)
    {
        JsonNode? current;
        string rest;
        if (path.StartsWith("$$", StringComparison.Ordinal))
        {
            (current, rest) = (Context, path[2..]);
        }
        else if (path.Length > 1 && char.IsLetter(path[1]))
        {
            var end = path.IndexOfAny(['.', '['], 1);
            var name = end < 0 ? path[1..] : path[1..end];
            if (!variables.TryGetPropertyValue(name, out current))
            {
                throw new PathNotFoundException(path);
            }

            rest = end < 0 ? string.Empty : path[end..];
        }
        else
        {
            (current, rest) = (input, path[1..]);
        }

        var i = 0;
        while (i < rest.Length)
        {
            if (rest[i] == '.')
            {
                var j = rest.IndexOfAny(['.', '['], i + 1);
                j = j < 0 ? rest.Length : j;
                if (current is not JsonObject obj || !obj.TryGetPropertyValue(rest[(i + 1)..j], out current))
                {
                    throw new PathNotFoundException(path);
                }

                i = j;
            }
            else
            {
                var j = rest.IndexOf(']', i);
                var index = int.Parse(rest[(i + 1)..j], CultureInfo.InvariantCulture);
                if (current is not JsonArray array || index >= array.Count)
                {
                    throw new PathNotFoundException(path);
                }

                current = array[index];
                i = j + 1;
            }
        }

        return current;
    }
}

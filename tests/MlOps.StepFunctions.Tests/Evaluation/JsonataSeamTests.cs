using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Integrations;
using MlOps.StepFunctions.Jsonata;

namespace MlOps.StepFunctions.Tests.Evaluation;

public sealed class JsonataSeamTests
{
    [Fact]
    public async Task JsonataStates_RouteExpressionsThroughTheEvaluator_WithStatesBindingAndVariables()
    {
        var engine = new StepFunctionsEngine(new EngineOptions
        {
            Handlers = IdentityLambdaHandler.RegisterOn(new ResourceHandlerRegistry()),
            Jsonata = new PathOnlyEvaluator(),
        });
        var machine = engine.Load("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"n":"{% $states.input.n %}"},"Output":{"doubled":"{% $states.input.n %}"},"Next":"C"},
              "C":{"Type":"Choice","Choices":[{"Condition":"{% $n = 2 %}","Next":"T"}],"Default":"F"},
              "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:111111111111:function:f","Arguments":{"v":"{% $n %}"},
                   "Output":{"fromTask":"{% $states.result.v %}","lit":"x"},"End":true},
              "F":{"Type":"Fail","Error":"{% 'Wrong' %}"}}}
            """);
        var result = await machine.RunAsync(JsonNode.Parse("""{"n":2}"""));
        Assert.Equal("""{"fromTask":2,"lit":"x"}""", TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task JsonataUndefinedResult_FailsWithQueryEvaluationError()
    {
        var engine = new StepFunctionsEngine(new EngineOptions { Jsonata = new PathOnlyEvaluator() });
        var result = await engine.Load("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":{"r":"{% $nope %}"},"End":true}}}
            """).RunAsync(new JsonObject());
        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith("The JSONata expression '$nope' specified for the field 'Output/r' returned nothing (undefined).", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonataWithoutHostEvaluator_UsesTheBuiltInEvaluator()
    {
        var result = await TestEngine.RunAsync("""
            {"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% 1 + 1 %}","End":true}}}
            """);
        Assert.Equal("2", TestEngine.Json(result.Result.Output));
    }

    /// <summary>A stand-in for the real JSONata evaluator: paths, variables, literals and one '=' comparison.</summary>
    private sealed class PathOnlyEvaluator : IJsonataEvaluator
    {
        public bool TryEvaluate(string expression, JsonObject states, IReadOnlyDictionary<string, JsonNode?> variables, out JsonNode? result)
        {
            var eq = expression.Split(" = ");
            if (eq.Length == 2)
            {
                var okL = TryEvaluate(eq[0], states, variables, out var l);
                var okR = TryEvaluate(eq[1], states, variables, out var r);
                result = okL && okR && TestEngine.Json(l) == TestEngine.Json(r);
                return true;
            }

            if (expression.StartsWith('\''))
            {
                result = expression.Trim('\'');
                return true;
            }

            if (double.TryParse(expression, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                result = JsonValue.Create(number);
                return true;
            }

            var parts = expression.Split('.');
            JsonNode? current;
            if (parts[0] == "$states")
            {
                current = states;
            }
            else if (!variables.TryGetValue(parts[0][1..], out current))
            {
                result = null;
                return false;
            }

            foreach (var part in parts.Skip(1))
            {
                if (current is not JsonObject o || !o.TryGetPropertyValue(part, out current))
                {
                    result = null;
                    return false;
                }
            }

            result = current?.DeepClone();
            return true;
        }
    }
}

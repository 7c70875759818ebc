using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics;

namespace MlOps.StepFunctions.Tests.Intrinsics;

internal static class IntrinsicAssert
{
    /// <summary>The result equals <paramref name="expectedJson"/> as JSON (numbers by value).</summary>
    public static void Yields(string expression, string inputJson, string expectedJson)
    {
        var actual = IntrinsicRunner.Evaluate(expression, inputJson);
        var expected = JsonNode.Parse(expectedJson);
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"{expression}\n expected: {expected?.ToJsonString() ?? "null"}\n   actual: {actual?.ToJsonString() ?? "null"}");
    }

    /// <summary>Evaluation fails with States.IntrinsicFailure and exactly <paramref name="cause"/>.</summary>
    public static void FailsWith(string expression, string inputJson, string cause)
    {
        var error = Assert.Throws<IntrinsicFailureException>(() => IntrinsicRunner.Evaluate(expression, inputJson));
        Assert.Equal(cause, error.Message);
    }
}

namespace MlOps.StepFunctions.Model;

/// <summary>The query language of a machine or state.</summary>
public enum QueryLanguage
{
    /// <summary>JSONPath (the default): <c>InputPath</c>, <c>Parameters</c>, <c>.$</c> keys, intrinsics.</summary>
    JsonPath,

    /// <summary>JSONata: <c>Arguments</c>, <c>Output</c>, <c>{% %}</c> expressions (evaluated by a plug-in).</summary>
    Jsonata,
}

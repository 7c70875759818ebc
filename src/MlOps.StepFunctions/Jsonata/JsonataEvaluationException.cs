namespace MlOps.StepFunctions.Jsonata;

/// <summary>A JSONata expression failed; the engine raises <c>States.QueryEvaluationError</c> with this message.</summary>
public sealed class JsonataEvaluationException(string message) : Exception(message);

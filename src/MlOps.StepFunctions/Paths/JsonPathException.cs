namespace MlOps.StepFunctions.Paths;

/// <summary>A path did not resolve against a document; the message follows Jayway JSONPath, which AWS quotes.</summary>
public sealed class JsonPathException(string message) : Exception(message);

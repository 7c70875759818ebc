using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Intrinsics;

/// <summary>
/// Resolves a path argument of an intrinsic call (<c>$.a.b</c>, <c>$$.Execution.Id</c>, <c>$varName.x</c>)
/// against the state's input, context object and variables. Supplied by the interpreter; throws the
/// interpreter's own error when the path cannot be resolved.
/// </summary>
public delegate JsonNode? IntrinsicPathResolver(string path);

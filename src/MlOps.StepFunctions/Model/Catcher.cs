using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Model;

/// <summary>One <c>Catch</c> entry.</summary>
internal sealed record Catcher(
    IReadOnlyList<string> ErrorEquals,
    string Next,
    ReferencePath? ResultPath,
    bool ResultPathNull,
    PayloadTemplate? Assign,
    System.Text.Json.Nodes.JsonObject Raw);

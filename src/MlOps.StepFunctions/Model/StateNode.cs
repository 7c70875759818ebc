using System.Text.Json.Nodes;
using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Model;

/// <summary>Fields shared by every state type; each subtype adds its own.</summary>
internal abstract class StateNode
{
    public required string Name { get; init; }
    public required string Type { get; init; }
    public required string Pointer { get; init; }
    public required QueryLanguage QueryLanguage { get; init; }
    public string? Next { get; set; }
    public bool End { get; set; }
    public OptionalPath InputPath { get; set; } = OptionalPath.Default;
    public OptionalPath OutputPath { get; set; } = OptionalPath.Default;
    public ReferencePath? ResultPath { get; set; }
    public bool ResultPathNull { get; set; }
    public PayloadTemplate? Parameters { get; set; }
    public PayloadTemplate? ResultSelector { get; set; }
    public PayloadTemplate? Assign { get; set; }
    public IReadOnlyList<Retrier> Retry { get; set; } = [];
    public IReadOnlyList<Catcher> Catch { get; set; } = [];

    /// <summary>The state's JSON as written (read-only); JSONata fields are evaluated from it.</summary>
    public JsonObject Raw { get; set; } = [];

    /// <summary>The history event prefix: <c>Pass</c>, <c>Task</c>, <c>Choice</c>, ...</summary>
    public string EventPrefix => Type;

    /// <summary><c>{Type}StateEntered</c>.</summary>
    public string EnteredEvent => _entered ??= Type + "StateEntered";

    /// <summary><c>{Type}StateExited</c>.</summary>
    public string ExitedEvent => _exited ??= Type + "StateExited";

    private string? _entered;
    private string? _exited;
}

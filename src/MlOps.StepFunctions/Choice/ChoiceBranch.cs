using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Choice;

/// <summary>A top-level Choice rule: condition, <c>Next</c> and optional <c>Assign</c>.</summary>
internal sealed record ChoiceBranch(ChoiceRule Rule, string Next, PayloadTemplate? Assign);

namespace MlOps.StepFunctions.Model;

/// <summary>A set of states with a start: the machine itself, a Parallel branch or a Map item processor.</summary>
internal sealed record StateGraph(string StartAt, IReadOnlyDictionary<string, StateNode> States, QueryLanguage QueryLanguage);

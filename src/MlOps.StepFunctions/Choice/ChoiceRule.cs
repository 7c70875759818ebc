using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Choice;

/// <summary>A boolean rule of a Choice state.</summary>
internal abstract class ChoiceRule
{
    /// <summary>Evaluates; <paramref name="resolve"/> resolves a path or throws a <c>States.Runtime</c> failure.</summary>
    public abstract bool Evaluate(Func<Paths.JsonPath, (bool Found, JsonNode? Value)> resolve);
}

internal sealed class AndRule(IReadOnlyList<ChoiceRule> rules) : ChoiceRule
{
    public override bool Evaluate(Func<Paths.JsonPath, (bool Found, JsonNode? Value)> resolve) => rules.All(r => r.Evaluate(resolve));
}

internal sealed class OrRule(IReadOnlyList<ChoiceRule> rules) : ChoiceRule
{
    public override bool Evaluate(Func<Paths.JsonPath, (bool Found, JsonNode? Value)> resolve) => rules.Any(r => r.Evaluate(resolve));
}

internal sealed class NotRule(ChoiceRule rule) : ChoiceRule
{
    public override bool Evaluate(Func<Paths.JsonPath, (bool Found, JsonNode? Value)> resolve) => !rule.Evaluate(resolve);
}

namespace MlOps.StepFunctions.Choice;

/// <summary>A boolean rule of a Choice state.</summary>
internal abstract class ChoiceRule
{
    /// <summary>Evaluates against <paramref name="input"/> (the state's effective input, context and variables).</summary>
    public abstract bool Evaluate(IChoiceInput input);
}

internal sealed class AndRule(IReadOnlyList<ChoiceRule> rules) : ChoiceRule
{
    public override bool Evaluate(IChoiceInput input)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (!rules[i].Evaluate(input))
            {
                return false;
            }
        }

        return true;
    }
}

internal sealed class OrRule(IReadOnlyList<ChoiceRule> rules) : ChoiceRule
{
    public override bool Evaluate(IChoiceInput input)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Evaluate(input))
            {
                return true;
            }
        }

        return false;
    }
}

internal sealed class NotRule(ChoiceRule rule) : ChoiceRule
{
    public override bool Evaluate(IChoiceInput input) => !rule.Evaluate(input);
}

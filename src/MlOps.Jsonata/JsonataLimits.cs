namespace MlOps.Jsonata;

/// <summary>Limits that stop a runaway evaluation with error <c>U1001</c>.</summary>
public sealed record JsonataLimits
{
    /// <summary>The defaults: nesting depth 10,000 and 10 seconds.</summary>
    public static JsonataLimits Default { get; } = new();

    /// <summary>Maximum nesting of evaluation steps (each expression node evaluated inside another counts one).</summary>
    public int MaxDepth { get; init; } = 10_000;

    /// <summary>Maximum evaluation time; <c>null</c> for none.</summary>
    public TimeSpan? TimeLimit { get; init; } = TimeSpan.FromSeconds(10);
}

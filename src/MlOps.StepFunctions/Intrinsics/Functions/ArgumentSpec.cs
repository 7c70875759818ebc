namespace MlOps.StepFunctions.Intrinsics.Functions;

/// <summary>One declared parameter of an intrinsic function.</summary>
/// <param name="Name">The parameter's name, for messages.</param>
/// <param name="Kinds">The JSON types accepted.</param>
/// <param name="Rules">Value constraints checked at run time, after the type.</param>
/// <param name="Optional">May be omitted (only trailing parameters).</param>
/// <param name="Variadic">Repeats zero or more times (only the last parameter).</param>
internal sealed record ArgumentSpec(
    string Name,
    ArgumentKinds Kinds,
    IReadOnlyList<ArgumentRule> Rules,
    bool Optional = false,
    bool Variadic = false)
{
    /// <summary>A required parameter.</summary>
    public static ArgumentSpec Required(string name, ArgumentKinds kinds, params ArgumentRule[] rules) =>
        new(name, kinds, rules);

    /// <summary>An optional trailing parameter.</summary>
    public static ArgumentSpec OptionalOf(string name, ArgumentKinds kinds, params ArgumentRule[] rules) =>
        new(name, kinds, rules, Optional: true);

    /// <summary>A parameter that takes all remaining arguments.</summary>
    public static ArgumentSpec Rest(string name, ArgumentKinds kinds) =>
        new(name, kinds, [], Variadic: true);
}

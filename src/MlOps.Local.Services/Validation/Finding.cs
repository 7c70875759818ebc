namespace MlOps.Local.Services.Validation;

/// <summary>One problem <c>mlops validate</c> found.</summary>
/// <param name="Location">Where: <c>template.yaml: Resources/X/...</c> or <c>statemachines/x.asl.json: /States/Y</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record Finding(string Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}

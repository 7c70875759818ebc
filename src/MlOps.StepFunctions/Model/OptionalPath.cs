using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Model;

/// <summary><c>InputPath</c>/<c>OutputPath</c>: absent (= <c>$</c>), explicit <c>null</c> (= <c>{}</c>), or a path.</summary>
internal sealed record OptionalPath(JsonPath? Path, bool IsNull)
{
    public static readonly OptionalPath Default = new(null, false);
}

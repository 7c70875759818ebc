namespace MlOps.Testing;

/// <summary>A fact that needs <c>../shared</c>; skipped with the reason when it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the shared folder cannot be found.</summary>
    public SharedFactAttribute()
    {
        if (RepoPaths.Shared is null)
        {
            Skip = "../shared (real data and conformance suites) is not next to this checkout.";
        }
    }
}

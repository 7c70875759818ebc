namespace MlOps.Jsonata.Tests.Support;

/// <summary>A fact that is skipped, with the reason, when <c>../shared</c> (the conformance data) is absent.</summary>
internal sealed class RequiresSharedFactAttribute : FactAttribute
{
    public RequiresSharedFactAttribute()
    {
        if (SharedPaths.JsonataSuite is null)
        {
            Skip = "../shared/conformance/jsonata beside the repository root is absent; the official suite cannot run.";
        }
    }
}

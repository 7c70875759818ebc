namespace MlOps.Testing;

/// <summary>A fact that starts the built function bootstrap as a process; skipped with the reason when it is not built.</summary>
public sealed class BootstrapFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when <see cref="FunctionsBootstrap.Find"/> finds nothing.</summary>
    public BootstrapFactAttribute()
    {
        if (FunctionsBootstrap.Find() is null)
        {
            Skip = "MlOps.Functions is not built next to the tests (build functions/MlOps.Functions).";
        }
    }
}

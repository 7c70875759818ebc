namespace MlOps.Pipeline.Tests.Support;

/// <summary>A fact that needs the UCI bank data in ../shared; skipped with the reason when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!File.Exists(RepoPaths.BankFile))
        {
            Skip = $"needs {RepoPaths.BankFile} (../shared beside the repository), which is absent";
        }
    }
}

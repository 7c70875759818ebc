namespace MlOps.Testing;

/// <summary>A fact that needs the npm peers; skipped with the reason when neither location has them.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no node_modules folder is found.</summary>
    public NodeFactAttribute()
    {
        if (RepoPaths.NodeModules is null)
        {
            Skip = "npm peers are missing: set MLOPS_NODE_MODULES or run `cd .ci && npm ci`.";
        }
    }
}

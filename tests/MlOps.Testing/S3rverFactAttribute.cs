namespace MlOps.Testing;

/// <summary>A fact that needs node and s3rver (<c>cd .ci &amp;&amp; npm ci</c>); skipped with the reason when they are missing.</summary>
public sealed class S3rverFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when node or s3rver is missing.</summary>
    public S3rverFactAttribute()
    {
        if (S3rverProcess.Node is null)
        {
            Skip = "node is not on PATH, so s3rver cannot be started.";
        }
        else if (S3rverProcess.Script is null)
        {
            Skip = $"s3rver is not installed under {RepoPaths.NodeModules ?? "(no repo root)/.ci/node_modules"}; run 'cd .ci && npm ci' or set MLOPS_NODE_MODULES.";
        }
    }
}

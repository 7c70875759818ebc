namespace MlOps.Pipeline.Tests.Storage;

/// <summary>A fact that needs node and s3rver (<c>cd .ci &amp;&amp; npm ci</c>); skipped with the reason when they are missing.</summary>
public sealed class S3rverFactAttribute : FactAttribute
{
    public S3rverFactAttribute()
    {
        if (RepoPaths.Node is null)
        {
            Skip = "node is not on PATH, so s3rver cannot be started.";
        }
        else if (RepoPaths.S3rverScript is null)
        {
            Skip = $"s3rver is not installed under {RepoPaths.NodeModules ?? "(no repo root)"}; run 'cd .ci && npm ci' or set MLOPS_NODE_MODULES.";
        }
    }
}

namespace MlOps.Local.Services.Tests.Api;

/// <summary>A fact that drives the real AWS CLI (Debian's <c>awscli</c>); skipped with the reason when <c>aws</c> is not on PATH.</summary>
public sealed class AwsCliFactAttribute : FactAttribute
{
    public AwsCliFactAttribute()
    {
        if (AwsCli.Path is null)
        {
            Skip = "the AWS CLI (aws) is not on PATH; .ci/run installs Debian's awscli.";
        }
    }
}

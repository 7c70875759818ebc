namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.PreconditionFailed</c>: a conditional write lost: If-Match or If-None-Match did not hold (HTTP 412).</summary>
public sealed class PreconditionFailedException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public PreconditionFailedException(string message, Exception? inner = null)
        : base(ErrorNames.PreconditionFailed, message, inner)
    {
    }
}

namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.DriftDetected</c>: feature drift above the configured threshold was detected.</summary>
public sealed class DriftDetectedException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public DriftDetectedException(string message, Exception? inner = null)
        : base(ErrorNames.DriftDetected, message, inner)
    {
    }
}

namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.ModelQualityBelowThreshold</c>: the candidate model does not meet the quality gate.</summary>
public sealed class ModelQualityBelowThresholdException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public ModelQualityBelowThresholdException(string message, Exception? inner = null)
        : base(ErrorNames.ModelQualityBelowThreshold, message, inner)
    {
    }
}

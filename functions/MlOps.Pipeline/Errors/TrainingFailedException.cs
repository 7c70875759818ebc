namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.TrainingFailed</c>: training a candidate model failed.</summary>
public sealed class TrainingFailedException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public TrainingFailedException(string message, Exception? inner = null)
        : base(ErrorNames.TrainingFailed, message, inner)
    {
    }
}

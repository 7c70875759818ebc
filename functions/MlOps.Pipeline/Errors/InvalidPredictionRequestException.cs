namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.InvalidPredictionRequest</c>: a prediction request is malformed or violates the data contract.</summary>
public sealed class InvalidPredictionRequestException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public InvalidPredictionRequestException(string message, Exception? inner = null)
        : base(ErrorNames.InvalidPredictionRequest, message, inner)
    {
    }
}

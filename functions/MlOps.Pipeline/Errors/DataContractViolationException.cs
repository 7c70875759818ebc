namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.DataContractViolation</c>: the data does not satisfy the pipeline's data contract.</summary>
public sealed class DataContractViolationException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public DataContractViolationException(string message, Exception? inner = null)
        : base(ErrorNames.DataContractViolation, message, inner)
    {
    }
}

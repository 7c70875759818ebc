namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.ModelNotApproved</c>: a model version is not approved (or not completely registered) and cannot be deployed.</summary>
public sealed class ModelNotApprovedException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public ModelNotApprovedException(string message, Exception? inner = null)
        : base(ErrorNames.ModelNotApproved, message, inner)
    {
    }
}

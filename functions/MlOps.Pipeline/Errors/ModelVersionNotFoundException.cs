namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.ModelVersionNotFound</c>: a model version or alias the step refers to is not in the registry.</summary>
public sealed class ModelVersionNotFoundException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public ModelVersionNotFoundException(string message, Exception? inner = null)
        : base(ErrorNames.ModelVersionNotFound, message, inner)
    {
    }
}

namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.ObjectNotFound</c>: an object the step needs does not exist in the bucket.</summary>
public sealed class ObjectNotFoundException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public ObjectNotFoundException(string message, Exception? inner = null)
        : base(ErrorNames.ObjectNotFound, message, inner)
    {
    }
}

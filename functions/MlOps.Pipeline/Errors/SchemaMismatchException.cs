namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.SchemaMismatch</c>: data does not have the columns or types a model or split expects.</summary>
public sealed class SchemaMismatchException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public SchemaMismatchException(string message, Exception? inner = null)
        : base(ErrorNames.SchemaMismatch, message, inner)
    {
    }
}

namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.NoPreviousVersion</c>: a rollback was asked for but the alias has no previous version to restore.</summary>
public sealed class NoPreviousVersionException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public NoPreviousVersionException(string message, Exception? inner = null)
        : base(ErrorNames.NoPreviousVersion, message, inner)
    {
    }
}

namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.ArtifactIntegrityFailure</c>: an artifact's SHA-256 differs from the one recorded for it.</summary>
public sealed class ArtifactIntegrityFailureException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public ArtifactIntegrityFailureException(string message, Exception? inner = null)
        : base(ErrorNames.ArtifactIntegrityFailure, message, inner)
    {
    }
}

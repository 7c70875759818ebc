namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.RegistryConflict</c>: a registry update kept losing optimistic-concurrency races and gave up after bounded retries.</summary>
public sealed class RegistryConflictException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public RegistryConflictException(string message, Exception? inner = null)
        : base(ErrorNames.RegistryConflict, message, inner)
    {
    }
}

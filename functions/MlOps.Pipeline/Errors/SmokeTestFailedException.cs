namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.SmokeTestFailed</c>: the deployed model failed its smoke test.</summary>
public sealed class SmokeTestFailedException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public SmokeTestFailedException(string message, Exception? inner = null)
        : base(ErrorNames.SmokeTestFailed, message, inner)
    {
    }
}

namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.InvalidConfig</c>: the pipeline config (config/pipeline.json or the built-in default) is unreadable or inconsistent.</summary>
public sealed class InvalidConfigException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public InvalidConfigException(string message, Exception? inner = null)
        : base(ErrorNames.InvalidConfig, message, inner)
    {
    }
}

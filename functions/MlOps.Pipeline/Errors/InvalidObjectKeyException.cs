namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.InvalidObjectKey</c>: an object key is unsafe or malformed (.. segments, absolute path, backslash, control characters, too long).</summary>
public sealed class InvalidObjectKeyException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public InvalidObjectKeyException(string message, Exception? inner = null)
        : base(ErrorNames.InvalidObjectKey, message, inner)
    {
    }
}

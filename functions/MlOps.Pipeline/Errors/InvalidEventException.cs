namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.InvalidEvent</c>: a function's input event lacks what the function needs (bucket, key, records, ...).</summary>
public sealed class InvalidEventException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public InvalidEventException(string message, Exception? inner = null)
        : base(ErrorNames.InvalidEvent, message, inner)
    {
    }
}

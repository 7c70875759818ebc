namespace MlOps.Pipeline.Errors;

/// <summary><c>MlOps.EnvelopeInvalid</c>: the envelope (or the pipeline config inside it) does not match envelope.schema.json.</summary>
public sealed class EnvelopeInvalidException : MlOpsException
{
    /// <summary>Creates the error with a message that names the problem and where it is.</summary>
    public EnvelopeInvalidException(string message, Exception? inner = null)
        : base(ErrorNames.EnvelopeInvalid, message, inner)
    {
    }
}

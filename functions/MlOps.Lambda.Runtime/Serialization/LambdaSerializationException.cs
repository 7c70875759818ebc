namespace MlOps.Lambda.Runtime.Serialization;

/// <summary>
/// The event could not be read as the handler's input type, or the output could not be written;
/// reported as <c>JsonSerializerException</c>, the name the official Lambda serializer uses.
/// </summary>
public sealed class LambdaSerializationException : Exception, Errors.INamedError
{
    /// <summary>Creates the error.</summary>
    public LambdaSerializationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error.</summary>
    public LambdaSerializationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error.</summary>
    public LambdaSerializationException()
    {
    }

    /// <inheritdoc />
    public string ErrorName => "JsonSerializerException";
}

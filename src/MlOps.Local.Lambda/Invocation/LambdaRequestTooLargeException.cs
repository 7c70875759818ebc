using System.Globalization;
using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Local.Lambda.Invocation;

/// <summary>The request payload is over the 6 MB synchronous limit (Lambda's <c>RequestTooLargeException</c>, HTTP 413).</summary>
public sealed class LambdaRequestTooLargeException : Exception, INamedError
{
    /// <summary>The synchronous request limit: 6 MB.</summary>
    public const int MaxRequestBytes = 6 * 1024 * 1024;

    /// <summary>Creates the error for a payload of <paramref name="size"/> bytes.</summary>
    public LambdaRequestTooLargeException(long size)
        : base(string.Create(CultureInfo.InvariantCulture, $"Request must be smaller than {MaxRequestBytes} bytes for the InvokeFunction operation (got {size})."))
    {
    }

    /// <summary>Creates the error.</summary>
    public LambdaRequestTooLargeException()
    {
    }

    /// <summary>Creates the error.</summary>
    public LambdaRequestTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error.</summary>
    public LambdaRequestTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public string ErrorName => "Lambda.RequestTooLargeException";

    /// <summary>Throws when <paramref name="payload"/> is over the limit.</summary>
    public static void ThrowIfTooLarge(ReadOnlyMemory<byte> payload)
    {
        if (payload.Length > MaxRequestBytes)
        {
            throw new LambdaRequestTooLargeException(payload.Length);
        }
    }
}

using System.Net;

namespace MlOps.Lambda.Runtime.Client;

/// <summary>The Runtime API answered with a status other than success.</summary>
public sealed class RuntimeApiException : Exception
{
    /// <summary>Creates the error for one call.</summary>
    public RuntimeApiException(string operation, HttpStatusCode statusCode, string body)
        : base($"Runtime API {operation} returned {(int)statusCode} {statusCode}: {body}")
    {
        Operation = operation;
        StatusCode = statusCode;
    }

    /// <summary>Creates the error with a plain message.</summary>
    public RuntimeApiException(string message)
        : base(message)
    {
        Operation = string.Empty;
    }

    /// <summary>Creates the error with a plain message and cause.</summary>
    public RuntimeApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Operation = string.Empty;
    }

    /// <summary>Creates an error without detail.</summary>
    public RuntimeApiException()
    {
        Operation = string.Empty;
    }

    /// <summary>The call that failed, e.g. <c>GET invocation/next</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status returned.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>A 5xx means the execution environment is broken: the runtime must exit.</summary>
    public bool IsFatal => (int)StatusCode >= 500;
}

using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Functions.Diagnostics;

/// <summary>A typed error with a caller-chosen name, thrown by the <c>Throw</c> diagnostic handler.</summary>
public sealed class DiagnosticException : Exception, INamedError
{
    /// <summary>Creates the error with its reported name.</summary>
    public DiagnosticException(string errorName, string message)
        : base(message)
    {
        ErrorName = errorName;
    }

    /// <summary>Creates the error.</summary>
    public DiagnosticException()
    {
        ErrorName = nameof(DiagnosticException);
    }

    /// <summary>Creates the error.</summary>
    public DiagnosticException(string message)
        : base(message)
    {
        ErrorName = nameof(DiagnosticException);
    }

    /// <summary>Creates the error.</summary>
    public DiagnosticException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorName = nameof(DiagnosticException);
    }

    /// <inheritdoc />
    public string ErrorName { get; }
}

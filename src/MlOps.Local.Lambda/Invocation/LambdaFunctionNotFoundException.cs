using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Local.Lambda.Invocation;

/// <summary>No function with the given name is defined (Lambda's <c>ResourceNotFoundException</c>).</summary>
public sealed class LambdaFunctionNotFoundException : Exception, INamedError
{
    /// <summary>Creates the error naming the missing function.</summary>
    public LambdaFunctionNotFoundException(string functionName)
        : base($"Function not found: {functionName}")
    {
    }

    /// <summary>Creates the error.</summary>
    public LambdaFunctionNotFoundException()
    {
    }

    /// <summary>Creates the error.</summary>
    public LambdaFunctionNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public string ErrorName => "Lambda.ResourceNotFoundException";
}

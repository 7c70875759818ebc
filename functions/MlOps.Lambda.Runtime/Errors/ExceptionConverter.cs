namespace MlOps.Lambda.Runtime.Errors;

/// <summary>
/// Turns an exception into the error body AWS's .NET runtime reports: <c>errorType</c> is
/// <see cref="INamedError.ErrorName"/> when the exception implements it, otherwise <c>GetType().Name</c>.
/// </summary>
public static class ExceptionConverter
{
    /// <summary>The name reported for <paramref name="exception"/> as <c>errorType</c>.</summary>
    public static string ErrorTypeOf(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is INamedError named && !string.IsNullOrEmpty(named.ErrorName)
            ? named.ErrorName
            : exception.GetType().Name;
    }

    /// <summary>Builds the error body, inner exceptions included as <c>cause</c>.</summary>
    public static ErrorResponse ToErrorResponse(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var stack = (exception.StackTrace ?? string.Empty)
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .ToArray();
        var cause = exception.InnerException is { } inner ? ToErrorResponse(inner) : null;
        return new ErrorResponse(ErrorTypeOf(exception), exception.Message, stack, cause);
    }
}

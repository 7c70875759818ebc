namespace MlOps.Local.Services.Errors;

/// <summary>
/// A service call failed the way AWS reports it to Step Functions: <see cref="Error"/> is the name a Catch matches
/// (e.g. <c>Glue.EntityNotFoundException</c>, <c>States.TaskFailed</c>), <see cref="Cause"/> the detail.
/// </summary>
public sealed class ServiceErrorException : Exception
{
    /// <summary>Creates the error.</summary>
    public ServiceErrorException(string error, string cause)
        : base($"{error}: {cause}")
    {
        Error = error;
        Cause = cause;
    }

    /// <summary>Creates the error without detail.</summary>
    public ServiceErrorException()
        : this("States.TaskFailed", "The service call failed.")
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public ServiceErrorException(string message, Exception inner)
        : base(message, inner)
    {
        Error = "States.TaskFailed";
        Cause = message;
    }

    /// <summary>The error name.</summary>
    public string Error { get; }

    /// <summary>The cause.</summary>
    public string Cause { get; }
}

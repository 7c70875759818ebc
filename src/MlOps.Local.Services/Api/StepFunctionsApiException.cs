namespace MlOps.Local.Services.Api;

/// <summary>An error of the Step Functions API, answered as AWS does: HTTP 400 and <c>{"__type": code, "message": ...}</c>.</summary>
/// <param name="code">AWS's error code, e.g. <c>ExecutionDoesNotExist</c>.</param>
/// <param name="message">What went wrong and where.</param>
public sealed class StepFunctionsApiException(string code, string message) : Exception(message)
{
    /// <summary>AWS's error code.</summary>
    public string Code { get; } = code;
}

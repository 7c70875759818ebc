using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Local.Lambda.Invocation;

/// <summary>The result of a synchronous invoke: the payload (response or error body) and the error markers.</summary>
public sealed class LambdaInvokeResult
{
    /// <summary>The value of <c>X-Amz-Function-Error</c> for an error raised by the function.</summary>
    public const string Unhandled = "Unhandled";

    /// <summary>Response bytes, or the error body <c>{errorType, errorMessage, stackTrace}</c> when <see cref="FunctionError"/> is set.</summary>
    public required byte[] Payload { get; init; }

    /// <summary>Null on success, <c>Unhandled</c> when the function failed.</summary>
    public string? FunctionError { get; init; }

    /// <summary>The error's <c>errorType</c> (what Step Functions matches), null on success.</summary>
    public string? ErrorType { get; init; }

    /// <summary>The request id of the invocation.</summary>
    public required string RequestId { get; init; }

    /// <summary>The last 4 KB of the invocation's log output (what <c>LogType=Tail</c> returns).</summary>
    public string LogTail { get; init; } = string.Empty;

    /// <summary>A successful result.</summary>
    public static LambdaInvokeResult Success(string requestId, byte[] payload, string logTail = "") =>
        new() { RequestId = requestId, Payload = payload, LogTail = logTail };

    /// <summary>A failed result carrying <paramref name="error"/> as its payload.</summary>
    public static LambdaInvokeResult Failure(string requestId, ErrorResponse error, string logTail = "")
    {
        ArgumentNullException.ThrowIfNull(error);
        return new()
        {
            RequestId = requestId,
            Payload = error.ToJsonBytes(),
            FunctionError = Unhandled,
            ErrorType = error.ErrorType,
            LogTail = logTail,
        };
    }

    /// <summary>Tails <paramref name="log"/> to its last 4 KB, like Lambda's <c>LogResult</c>.</summary>
    public static string Tail(string log)
    {
        ArgumentNullException.ThrowIfNull(log);
        const int max = 4096;
        return log.Length <= max ? log : log[^max..];
    }
}

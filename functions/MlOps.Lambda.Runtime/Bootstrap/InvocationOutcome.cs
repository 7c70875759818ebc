using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Lambda.Runtime.Bootstrap;

/// <summary>What one invocation produced: the response bytes or the error body.</summary>
public sealed class InvocationOutcome
{
    private InvocationOutcome(byte[]? response, ErrorResponse? error, bool handlerAbandoned)
    {
        Response = response;
        Error = error;
        HandlerAbandoned = handlerAbandoned;
    }

    /// <summary>The response bytes when the handler succeeded.</summary>
    public byte[]? Response { get; }

    /// <summary>The error body when it failed (exception, timeout, oversized response).</summary>
    public ErrorResponse? Error { get; }

    /// <summary>True when the handler was still running at its deadline; Lambda then resets the environment.</summary>
    public bool HandlerAbandoned { get; }

    /// <summary>True when <see cref="Error"/> is set.</summary>
    public bool IsError => Error is not null;

    /// <summary>A successful outcome.</summary>
    public static InvocationOutcome Success(byte[] response) => new(response, null, false);

    /// <summary>A failed outcome.</summary>
    public static InvocationOutcome Failure(ErrorResponse error, bool handlerAbandoned = false) => new(null, error, handlerAbandoned);
}

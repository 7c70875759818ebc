namespace MlOps.Local.Lambda.Invocation;

/// <summary>Invokes a function synchronously (<c>RequestResponse</c>), the way the Lambda Invoke API does.</summary>
public interface ILambdaInvoker
{
    /// <summary>Runs <paramref name="functionName"/> on <paramref name="payload"/> and returns what Invoke would return.</summary>
    /// <exception cref="LambdaFunctionNotFoundException">No function has that name.</exception>
    /// <exception cref="LambdaRequestTooLargeException">The payload is over 6 MB.</exception>
    Task<LambdaInvokeResult> InvokeAsync(string functionName, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);
}

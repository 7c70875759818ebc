using System.Globalization;
using MlOps.Lambda.Runtime.Context;
using MlOps.Lambda.Runtime.Errors;
using MlOps.Lambda.Runtime.Hosting;

namespace MlOps.Lambda.Runtime.Bootstrap;

/// <summary>
/// Runs one invocation the way Lambda does: the handler gets a token cancelled at the deadline; an exception becomes
/// <c>{errorType, errorMessage, stackTrace}</c>; running past the deadline is <c>Sandbox.Timedout</c>; a response over
/// <see cref="MaxResponseBytes"/> is <c>Function.ResponseSizeTooLarge</c>. Shared by the bootstrap loop and in-process hosting.
/// </summary>
public sealed class InvocationRunner
{
    /// <summary>Largest synchronous response Lambda accepts (the figure in its error message).</summary>
    public const int MaxResponseBytes = 6_291_556;

    private static readonly TimeSpan AbandonGrace = TimeSpan.FromMilliseconds(500);
    private readonly TimeProvider _time;

    /// <summary>Creates a runner on a clock.</summary>
    public InvocationRunner(TimeProvider time) => _time = time ?? throw new ArgumentNullException(nameof(time));

    /// <summary>Runs <paramref name="handler"/>; never throws for handler failures, only for <paramref name="cancellationToken"/>.</summary>
    /// <param name="handler">The function.</param>
    /// <param name="payload">The event bytes.</param>
    /// <param name="context">The invocation context; its deadline arms the cancellation.</param>
    /// <param name="hasDeadline">False when no deadline was given (no timeout applies).</param>
    /// <param name="cancellationToken">Host shutdown.</param>
    public async Task<InvocationOutcome> RunAsync(
        LambdaHandler handler, ReadOnlyMemory<byte> payload, LambdaContext context, bool hasDeadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(context);
        var started = _time.GetUtcNow();
        var budget = hasDeadline ? context.Deadline - started : Timeout.InfiniteTimeSpan;
        using var deadline = new CancellationTokenSource(budget < TimeSpan.Zero && hasDeadline ? TimeSpan.Zero : budget, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var handlerTask = Task.Run(() => handler(payload, context, linked.Token), CancellationToken.None);
        var deadlineTask = Task.Delay(Timeout.Infinite, deadline.Token);
        await Task.WhenAny(handlerTask, deadlineTask);
        if (deadline.IsCancellationRequested)
        {
            // Let a cooperative handler observe the token before deciding whether it was abandoned.
            await Task.WhenAny(handlerTask, Task.Delay(AbandonGrace, CancellationToken.None));
            if (!handlerTask.IsCompletedSuccessfully)
            {
                return InvocationOutcome.Failure(TimedOut(context.AwsRequestId, budget), !handlerTask.IsCompleted);
            }
        }

        try
        {
            var response = await handlerTask ?? [];
            return response.Length > MaxResponseBytes ? InvocationOutcome.Failure(TooLarge()) : InvocationOutcome.Success(response);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return InvocationOutcome.Failure(ExceptionConverter.ToErrorResponse(exception));
        }
    }

    /// <summary>The error Lambda records for a timeout.</summary>
    public static ErrorResponse TimedOut(string requestId, TimeSpan budget) => new(
        RuntimeErrorTypes.Timeout,
        string.Create(CultureInfo.InvariantCulture, $"RequestId: {requestId} Error: Task timed out after {Math.Max(0, budget.TotalSeconds):F2} seconds"),
        []);

    /// <summary>The error Lambda records for an oversized response.</summary>
    public static ErrorResponse TooLarge() => new(
        RuntimeErrorTypes.ResponseSizeTooLarge,
        string.Create(CultureInfo.InvariantCulture, $"Response payload size exceeded maximum allowed payload size ({MaxResponseBytes} bytes)."),
        []);
}

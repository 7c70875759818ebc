using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Local.Lambda.RuntimeApi;

/// <summary>One queued event on the local Runtime API, completed by the runtime's response or error post.</summary>
internal sealed class PendingInvocation
{
    private readonly TaskCompletionSource<RuntimeReply> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state; // 0 queued, 1 in flight, 2 withdrawn

    public PendingInvocation(string functionName, string requestId, byte[] payload, long deadlineMs, string arn, string traceId)
    {
        FunctionName = functionName;
        RequestId = requestId;
        Payload = payload;
        DeadlineMs = deadlineMs;
        Arn = arn;
        TraceId = traceId;
    }

    public string FunctionName { get; }

    public string RequestId { get; }

    public byte[] Payload { get; }

    public long DeadlineMs { get; }

    public string Arn { get; }

    public string TraceId { get; }

    public Task<RuntimeReply> Reply => _reply.Task;

    /// <summary>Moves a queued event to in flight; false when it was withdrawn meanwhile.</summary>
    public bool TryStart() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

    /// <summary>Stops a queued event from being handed out (its caller gave up).</summary>
    public void Withdraw() => Interlocked.CompareExchange(ref _state, 2, 0);

    public bool Complete(byte[] body) => _reply.TrySetResult(new RuntimeReply(body, null));

    public bool Fail(ErrorResponse error, bool isInitError = false) => _reply.TrySetResult(new RuntimeReply(error.ToJsonBytes(), error, isInitError));
}

using System.Collections.Concurrent;
using System.Threading.Channels;
using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Local.Lambda.RuntimeApi;

/// <summary>The events of one function: queued ones wait for <c>/next</c>; in-flight ones wait for a response or error.</summary>
internal sealed class FunctionQueue
{
    private readonly Channel<PendingInvocation> _queued = Channel.CreateUnbounded<PendingInvocation>();
    private readonly ConcurrentDictionary<string, PendingInvocation> _all = new(StringComparer.Ordinal);

    public void Enqueue(PendingInvocation invocation)
    {
        _all[invocation.RequestId] = invocation;
        invocation.Reply.ContinueWith(_ => _all.TryRemove(invocation.RequestId, out PendingInvocation? _), TaskScheduler.Default);
        _queued.Writer.TryWrite(invocation);
    }

    /// <summary>Waits for the next event that has not been withdrawn and marks it in flight.</summary>
    public async Task<PendingInvocation> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var invocation = await _queued.Reader.ReadAsync(cancellationToken);
            if (invocation.TryStart())
            {
                return invocation;
            }
        }
    }

    public bool TryGet(string requestId, out PendingInvocation invocation) => _all.TryGetValue(requestId, out invocation!);

    /// <summary>Fails every open event of the function (an init error is served to the invoke that started init).</summary>
    public void FailAll(ErrorResponse error)
    {
        foreach (var invocation in _all.Values)
        {
            invocation.Fail(error, isInitError: true);
        }
    }
}

using System.Collections.Concurrent;
using System.Net;
using MlOps.Lambda.Runtime.Client;
using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Lambda.Runtime.Tests.Fakes;

/// <summary>
/// Hand-written Runtime API: serves queued events, records what the loop posts, and answers
/// <c>/next</c> with a 500 once the queue is empty (which ends the loop, as on Lambda).
/// </summary>
internal sealed class FakeRuntimeApiClient : IRuntimeApiClient
{
    private readonly ConcurrentQueue<InvocationRequest> _events = new();

    public List<string> Calls { get; } = [];

    public Dictionary<string, byte[]> Responses { get; } = [];

    public Dictionary<string, ErrorResponse> Errors { get; } = [];

    public List<ErrorResponse> InitErrors { get; } = [];

    public List<ErrorResponse> RestoreErrors { get; } = [];

    public HttpStatusCode? ResponseStatus { get; set; }

    public FakeRuntimeApiClient Enqueue(InvocationRequest request)
    {
        _events.Enqueue(request);
        return this;
    }

    public FakeRuntimeApiClient Enqueue(string payload, string requestId = "req-1", long? deadlineMs = null, string? traceId = null)
    {
        _events.Enqueue(new InvocationRequest
        {
            RequestId = requestId,
            DeadlineMs = deadlineMs,
            InvokedFunctionArn = "arn:aws:lambda:us-east-1:123456789012:function:f",
            TraceId = traceId,
            Payload = System.Text.Encoding.UTF8.GetBytes(payload),
        });
        return this;
    }

    public Task<InvocationRequest> GetNextInvocationAsync(CancellationToken cancellationToken)
    {
        Record("next");
        return _events.TryDequeue(out var next)
            ? Task.FromResult(next)
            : Task.FromException<InvocationRequest>(new RuntimeApiException("GET invocation/next", HttpStatusCode.InternalServerError, "container error"));
    }

    public Task SendResponseAsync(string requestId, ReadOnlyMemory<byte> response, CancellationToken cancellationToken)
    {
        Record("response");
        if (ResponseStatus is { } status)
        {
            return Task.FromException(new RuntimeApiException("POST invocation/response", status, "rejected"));
        }

        lock (Responses)
        {
            Responses[requestId] = response.ToArray();
        }

        return Task.CompletedTask;
    }

    public Task ReportInvocationErrorAsync(string requestId, ErrorResponse error, CancellationToken cancellationToken)
    {
        Record("error");
        lock (Errors)
        {
            Errors[requestId] = error;
        }

        return Task.CompletedTask;
    }

    public Task ReportInitializationErrorAsync(ErrorResponse error, CancellationToken cancellationToken)
    {
        Record("init/error");
        InitErrors.Add(error);
        return Task.CompletedTask;
    }

    public Task RestoreNextInvocationAsync(CancellationToken cancellationToken)
    {
        Record("restore/next");
        return Task.CompletedTask;
    }

    public Task ReportRestoreErrorAsync(ErrorResponse error, CancellationToken cancellationToken)
    {
        Record("restore/error");
        RestoreErrors.Add(error);
        return Task.CompletedTask;
    }

    private void Record(string call)
    {
        lock (Calls)
        {
            Calls.Add(call);
        }
    }
}

using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Lambda.Runtime.Client;

/// <summary>The Lambda Runtime API, one method per route (the transport seam of the bootstrap loop).</summary>
public interface IRuntimeApiClient
{
    /// <summary><c>GET /runtime/invocation/next</c>: waits (no timeout) for the next event.</summary>
    Task<InvocationRequest> GetNextInvocationAsync(CancellationToken cancellationToken);

    /// <summary><c>POST /runtime/invocation/{id}/response</c>.</summary>
    Task SendResponseAsync(string requestId, ReadOnlyMemory<byte> response, CancellationToken cancellationToken);

    /// <summary><c>POST /runtime/invocation/{id}/error</c> with the error type header.</summary>
    Task ReportInvocationErrorAsync(string requestId, ErrorResponse error, CancellationToken cancellationToken);

    /// <summary><c>POST /runtime/init/error</c>.</summary>
    Task ReportInitializationErrorAsync(ErrorResponse error, CancellationToken cancellationToken);

    /// <summary><c>GET /runtime/restore/next</c>: SnapStart's handshake before the first event after a restore.</summary>
    Task RestoreNextInvocationAsync(CancellationToken cancellationToken);

    /// <summary><c>POST /runtime/restore/error</c>.</summary>
    Task ReportRestoreErrorAsync(ErrorResponse error, CancellationToken cancellationToken);
}

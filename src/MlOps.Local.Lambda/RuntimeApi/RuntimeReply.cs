using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Local.Lambda.RuntimeApi;

/// <summary>What the runtime posted for an event: its response body, or an error.</summary>
/// <param name="Body">Response bytes, or the error body.</param>
/// <param name="Error">The parsed error, when the runtime reported one.</param>
/// <param name="IsInitError">The error came from <c>/init/error</c> (or <c>/restore/error</c>): the runtime is exiting.</param>
internal sealed record RuntimeReply(byte[] Body, ErrorResponse? Error, bool IsInitError = false);

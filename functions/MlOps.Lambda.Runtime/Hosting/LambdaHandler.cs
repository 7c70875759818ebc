using MlOps.Lambda.Runtime.Context;

namespace MlOps.Lambda.Runtime.Hosting;

/// <summary>
/// The raw shape every function is reduced to: the event's UTF-8 JSON bytes in, the response's UTF-8 JSON bytes out.
/// Typed handlers are adapted to it with source-generated serialization, so no reflection is needed at run time.
/// </summary>
public delegate Task<byte[]> LambdaHandler(ReadOnlyMemory<byte> payload, ILambdaContext context, CancellationToken cancellationToken);

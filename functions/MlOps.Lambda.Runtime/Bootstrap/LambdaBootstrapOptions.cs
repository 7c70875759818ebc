using MlOps.Lambda.Runtime.Client;
using MlOps.Lambda.Runtime.Context;

namespace MlOps.Lambda.Runtime.Bootstrap;

/// <summary>Seams of the bootstrap loop; every member has the production default.</summary>
public sealed class LambdaBootstrapOptions
{
    /// <summary>The environment (default: the process environment).</summary>
    public IEnvironmentVariables Environment { get; init; } = new ProcessEnvironmentVariables();

    /// <summary>The clock behind deadlines and log timestamps.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The Runtime API client (default: <see cref="SocketRuntimeApiClient"/> on <c>AWS_LAMBDA_RUNTIME_API</c>).</summary>
    public IRuntimeApiClient? Client { get; init; }

    /// <summary>Where the function's logs go (default: stdout).</summary>
    public TextWriter? Output { get; init; }

    /// <summary>Process one event and return (also <c>AWS_LAMBDA_DOTNET_DEBUG_RUN_ONCE=true</c>).</summary>
    public bool RunOnce { get; init; }

    /// <summary>SnapStart hooks run before the snapshot, in reverse registration order.</summary>
    public IList<Func<ValueTask>> BeforeSnapshot { get; } = [];

    /// <summary>SnapStart hooks run after a restore, in registration order.</summary>
    public IList<Func<ValueTask>> AfterRestore { get; } = [];
}

namespace MlOps.Lambda.Runtime.Context;

/// <summary>The context of one invocation; <see cref="RemainingTime"/> is computed from the deadline on each read.</summary>
public sealed class LambdaContext : ILambdaContext
{
    private readonly LambdaFunctionInfo _function;
    private readonly TimeProvider _time;

    /// <summary>Creates the context of one invocation.</summary>
    public LambdaContext(
        string awsRequestId,
        DateTimeOffset deadline,
        string invokedFunctionArn,
        string? traceId,
        LambdaFunctionInfo function,
        ILambdaLogger logger,
        TimeProvider time)
    {
        AwsRequestId = awsRequestId ?? throw new ArgumentNullException(nameof(awsRequestId));
        Deadline = deadline;
        InvokedFunctionArn = invokedFunctionArn ?? string.Empty;
        TraceId = traceId;
        _function = function ?? throw new ArgumentNullException(nameof(function));
        Logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <inheritdoc />
    public string AwsRequestId { get; }

    /// <summary>The absolute deadline (<c>Lambda-Runtime-Deadline-Ms</c>).</summary>
    public DateTimeOffset Deadline { get; }

    /// <inheritdoc />
    public string FunctionName => _function.FunctionName;

    /// <inheritdoc />
    public string FunctionVersion => _function.FunctionVersion;

    /// <inheritdoc />
    public string InvokedFunctionArn { get; }

    /// <inheritdoc />
    public string LogGroupName => _function.LogGroupName;

    /// <inheritdoc />
    public string LogStreamName => _function.LogStreamName;

    /// <inheritdoc />
    public int MemoryLimitInMB => _function.MemoryLimitInMB;

    /// <inheritdoc />
    public TimeSpan RemainingTime => Deadline - _time.GetUtcNow();

    /// <inheritdoc />
    public string? TraceId { get; }

    /// <inheritdoc />
    public ILambdaLogger Logger { get; }

    /// <summary>The raw <c>Lambda-Runtime-Client-Context</c> JSON (mobile SDK callers), if sent.</summary>
    public string? ClientContextJson { get; init; }

    /// <summary>The raw <c>Lambda-Runtime-Cognito-Identity</c> JSON, if sent.</summary>
    public string? CognitoIdentityJson { get; init; }

    /// <summary>The tenant id (<c>Lambda-Runtime-Aws-Tenant-Id</c>), empty when the function has no tenant isolation.</summary>
    public string TenantId { get; init; } = string.Empty;
}

namespace MlOps.Lambda.Runtime.Context;

/// <summary>The environment variable names Lambda sets and this runtime reads.</summary>
public static class LambdaEnvironmentNames
{
    /// <summary>The handler string from the function configuration.</summary>
    public const string Handler = "_HANDLER";

    /// <summary>
    /// Our own override of <see cref="Handler"/>: on the managed .NET runtime with an executable handler,
    /// <c>_HANDLER</c> is the assembly name, so the function picks its handler through this variable.
    /// </summary>
    public const string MlOpsHandler = "MLOPS_HANDLER";

    /// <summary><c>host:port</c> of the Runtime API.</summary>
    public const string RuntimeApi = "AWS_LAMBDA_RUNTIME_API";

    /// <summary>The function name.</summary>
    public const string FunctionName = "AWS_LAMBDA_FUNCTION_NAME";

    /// <summary>The function version.</summary>
    public const string FunctionVersion = "AWS_LAMBDA_FUNCTION_VERSION";

    /// <summary>Configured memory in MB.</summary>
    public const string MemorySize = "AWS_LAMBDA_FUNCTION_MEMORY_SIZE";

    /// <summary>CloudWatch log group.</summary>
    public const string LogGroupName = "AWS_LAMBDA_LOG_GROUP_NAME";

    /// <summary>CloudWatch log stream.</summary>
    public const string LogStreamName = "AWS_LAMBDA_LOG_STREAM_NAME";

    /// <summary><c>on-demand</c>, <c>provisioned-concurrency</c> or <c>snap-start</c>.</summary>
    public const string InitializationType = "AWS_LAMBDA_INITIALIZATION_TYPE";

    /// <summary>The X-Ray trace header of the current invocation.</summary>
    public const string TraceId = "_X_AMZN_TRACE_ID";

    /// <summary><c>Text</c> or <c>JSON</c> (Advanced Logging Controls).</summary>
    public const string LogFormat = "AWS_LAMBDA_LOG_FORMAT";

    /// <summary><c>TRACE</c> … <c>FATAL</c> (Advanced Logging Controls).</summary>
    public const string LogLevel = "AWS_LAMBDA_LOG_LEVEL";

    /// <summary>RuntimeSupport's handler-level override of <see cref="LogFormat"/>.</summary>
    public const string HandlerLogFormat = "AWS_LAMBDA_HANDLER_LOG_FORMAT";

    /// <summary>RuntimeSupport's handler-level override of <see cref="LogLevel"/>.</summary>
    public const string HandlerLogLevel = "AWS_LAMBDA_HANDLER_LOG_LEVEL";

    /// <summary>When <c>true</c>, process one event and exit (local testing).</summary>
    public const string RunOnce = "AWS_LAMBDA_DOTNET_DEBUG_RUN_ONCE";
}

namespace MlOps.Lambda.Runtime.Context;

/// <summary>
/// What a function knows about its invocation; member names match Amazon.Lambda.Core's <c>ILambdaContext</c>
/// so handlers read the same as on the official runtime.
/// </summary>
public interface ILambdaContext
{
    /// <summary>The request id of this invocation (<c>Lambda-Runtime-Aws-Request-Id</c>).</summary>
    string AwsRequestId { get; }

    /// <summary>The function's name (<c>AWS_LAMBDA_FUNCTION_NAME</c>).</summary>
    string FunctionName { get; }

    /// <summary>The function's version (<c>AWS_LAMBDA_FUNCTION_VERSION</c>).</summary>
    string FunctionVersion { get; }

    /// <summary>The ARN used to invoke the function (<c>Lambda-Runtime-Invoked-Function-Arn</c>).</summary>
    string InvokedFunctionArn { get; }

    /// <summary>The CloudWatch log group (<c>AWS_LAMBDA_LOG_GROUP_NAME</c>).</summary>
    string LogGroupName { get; }

    /// <summary>The CloudWatch log stream (<c>AWS_LAMBDA_LOG_STREAM_NAME</c>).</summary>
    string LogStreamName { get; }

    /// <summary>Configured memory in MB (<c>AWS_LAMBDA_FUNCTION_MEMORY_SIZE</c>).</summary>
    int MemoryLimitInMB { get; }

    /// <summary>Time left before the deadline (<c>Lambda-Runtime-Deadline-Ms</c>).</summary>
    TimeSpan RemainingTime { get; }

    /// <summary>The X-Ray trace id of this invocation (<c>Lambda-Runtime-Trace-Id</c>), if any.</summary>
    string? TraceId { get; }

    /// <summary>The logger that writes in Lambda's text or JSON log format.</summary>
    ILambdaLogger Logger { get; }
}

namespace MlOps.Lambda.Runtime.Client;

/// <summary>Header names of the Lambda Runtime API (2018-06-01).</summary>
public static class RuntimeApiHeaders
{
    /// <summary>Request id of the event.</summary>
    public const string RequestId = "Lambda-Runtime-Aws-Request-Id";

    /// <summary>Deadline, Unix epoch milliseconds.</summary>
    public const string DeadlineMs = "Lambda-Runtime-Deadline-Ms";

    /// <summary>ARN used to invoke the function.</summary>
    public const string InvokedFunctionArn = "Lambda-Runtime-Invoked-Function-Arn";

    /// <summary>X-Ray trace header.</summary>
    public const string TraceId = "Lambda-Runtime-Trace-Id";

    /// <summary>Mobile client context JSON.</summary>
    public const string ClientContext = "Lambda-Runtime-Client-Context";

    /// <summary>Cognito identity JSON.</summary>
    public const string CognitoIdentity = "Lambda-Runtime-Cognito-Identity";

    /// <summary>Tenant id (tenant isolation).</summary>
    public const string TenantId = "Lambda-Runtime-Aws-Tenant-Id";

    /// <summary>Error type sent with an error report.</summary>
    public const string FunctionErrorType = "Lambda-Runtime-Function-Error-Type";

    /// <summary>Content type of error bodies.</summary>
    public const string ErrorContentType = "application/vnd.aws.lambda.error+json";

    /// <summary>The API version segment of every route.</summary>
    public const string ApiVersion = "2018-06-01";
}

namespace MlOps.Lambda.Runtime.Context;

/// <summary>How log records are written.</summary>
public enum LambdaLogFormat
{
    /// <summary><c>timestamp\trequestId\tlevel\tmessage</c> (RuntimeSupport's default formatter).</summary>
    Text,

    /// <summary>One JSON object per record (<c>AWS_LAMBDA_LOG_FORMAT=JSON</c>).</summary>
    Json,
}

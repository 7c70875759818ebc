namespace MlOps.Local.Lambda.Invocation;

/// <summary>One function as the local cloud knows it (from template.yaml): name, handler, environment, limits.</summary>
public sealed record LocalFunction
{
    /// <summary>Lambda's default timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(3);

    /// <summary>The function name (<c>AWS_LAMBDA_FUNCTION_NAME</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The handler string (<c>_HANDLER</c>).</summary>
    public required string Handler { get; init; }

    /// <summary>The function's own environment variables.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The timeout; the deadline of each invocation is its start plus this.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Memory in MB (<c>AWS_LAMBDA_FUNCTION_MEMORY_SIZE</c>).</summary>
    public int MemorySize { get; init; } = 128;

    /// <summary>The unqualified ARN used in <c>Lambda-Runtime-Invoked-Function-Arn</c>.</summary>
    public string Arn => $"arn:aws:lambda:us-east-1:123456789012:function:{Name}";

    /// <summary>The reserved variables Lambda adds, merged over <see cref="Environment"/>.</summary>
    public Dictionary<string, string> ReservedEnvironment()
    {
        var env = new Dictionary<string, string>(Environment, StringComparer.Ordinal)
        {
            ["_HANDLER"] = Handler,
            ["AWS_LAMBDA_FUNCTION_NAME"] = Name,
            ["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST",
            ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = MemorySize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AWS_LAMBDA_LOG_GROUP_NAME"] = $"/aws/lambda/{Name}",
            ["AWS_LAMBDA_LOG_STREAM_NAME"] = "local/[$LATEST]0",
            ["AWS_LAMBDA_INITIALIZATION_TYPE"] = "on-demand",
            ["TZ"] = "UTC",
        };
        env.TryAdd("AWS_REGION", "us-east-1");
        env.TryAdd("AWS_DEFAULT_REGION", env["AWS_REGION"]);
        return env;
    }
}

namespace MlOps.Lambda.Runtime.Context;

/// <summary>Log format and minimum level, read from the environment the way RuntimeSupport does.</summary>
/// <param name="Format">Text or JSON.</param>
/// <param name="MinimumLevel">Records below this level are dropped.</param>
public sealed record LambdaLoggerSettings(LambdaLogFormat Format, LambdaLogLevel MinimumLevel)
{
    /// <summary>Reads <c>AWS_LAMBDA_HANDLER_LOG_*</c>, falling back to <c>AWS_LAMBDA_LOG_*</c>; defaults Text/Information.</summary>
    public static LambdaLoggerSettings FromEnvironment(IEnvironmentVariables environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var format = environment.Get(LambdaEnvironmentNames.HandlerLogFormat) ?? environment.Get(LambdaEnvironmentNames.LogFormat);
        var level = environment.Get(LambdaEnvironmentNames.HandlerLogLevel) ?? environment.Get(LambdaEnvironmentNames.LogLevel);
        return new LambdaLoggerSettings(
            string.Equals(format, "JSON", StringComparison.OrdinalIgnoreCase) ? LambdaLogFormat.Json : LambdaLogFormat.Text,
            ParseLevel(level) ?? LambdaLogLevel.Information);
    }

    /// <summary>Parses Lambda's (<c>INFO</c>, <c>WARN</c>, <c>FATAL</c>) and .NET's (<c>Information</c>, …) level names.</summary>
    public static LambdaLogLevel? ParseLevel(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "TRACE" => LambdaLogLevel.Trace,
        "DEBUG" => LambdaLogLevel.Debug,
        "INFO" or "INFORMATION" => LambdaLogLevel.Information,
        "WARN" or "WARNING" => LambdaLogLevel.Warning,
        "ERROR" => LambdaLogLevel.Error,
        "FATAL" or "CRITICAL" => LambdaLogLevel.Critical,
        _ => null,
    };
}

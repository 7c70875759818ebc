using System.Globalization;

namespace MlOps.Lambda.Runtime.Context;

/// <summary>The per-function facts Lambda passes through reserved environment variables.</summary>
/// <param name="FunctionName">The function name.</param>
/// <param name="FunctionVersion">The version, <c>$LATEST</c> by default.</param>
/// <param name="MemoryLimitInMB">Configured memory in MB.</param>
/// <param name="LogGroupName">CloudWatch log group.</param>
/// <param name="LogStreamName">CloudWatch log stream.</param>
public sealed record LambdaFunctionInfo(string FunctionName, string FunctionVersion, int MemoryLimitInMB, string LogGroupName, string LogStreamName)
{
    /// <summary>Reads the reserved variables; missing ones become empty (memory: 128, version: <c>$LATEST</c>).</summary>
    public static LambdaFunctionInfo FromEnvironment(IEnvironmentVariables environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var memory = int.TryParse(environment.Get(LambdaEnvironmentNames.MemorySize), NumberStyles.Integer, CultureInfo.InvariantCulture, out var mb)
            ? mb
            : 128;
        return new LambdaFunctionInfo(
            environment.Get(LambdaEnvironmentNames.FunctionName) ?? string.Empty,
            environment.Get(LambdaEnvironmentNames.FunctionVersion) ?? "$LATEST",
            memory,
            environment.Get(LambdaEnvironmentNames.LogGroupName) ?? string.Empty,
            environment.Get(LambdaEnvironmentNames.LogStreamName) ?? string.Empty);
    }
}

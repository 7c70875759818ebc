using MlOps.Lambda.Runtime.Context;

namespace MlOps.Functions.Tests.Support;

/// <summary>An in-process invocation context whose logger keeps every line.</summary>
internal sealed class RecordingLambdaContext : ILambdaContext, ILambdaLogger
{
    public List<string> Lines { get; } = [];

    public string AwsRequestId { get; init; } = "req-core-1";

    public string FunctionName { get; init; } = "core-test";

    public string FunctionVersion => "$LATEST";

    public string InvokedFunctionArn => "arn:aws:lambda:us-east-1:000000000000:function:core-test";

    public string LogGroupName => "/aws/lambda/core-test";

    public string LogStreamName => "core-test";

    public int MemoryLimitInMB => 512;

    public TimeSpan RemainingTime => TimeSpan.FromMinutes(1);

    public string? TraceId => null;

    public ILambdaLogger Logger => this;

    public void Log(string message) => Lines.Add(message);

    public void LogLine(string message) => Lines.Add(message);

    public void Log(string level, string message) => Lines.Add(level + ": " + message);
}

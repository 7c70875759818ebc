using MlOps.Lambda.Runtime.Context;

namespace MlOps.Functions.Tests.Support;

internal sealed class TestLambdaContext : ILambdaContext, ILambdaLogger
{
    public List<string> Lines { get; } = [];

    public string AwsRequestId { get; init; } = "req-1";

    public string FunctionName => "test";

    public string FunctionVersion => "$LATEST";

    public string InvokedFunctionArn => "arn:aws:lambda:us-east-1:000000000000:function:test";

    public string LogGroupName => "/aws/lambda/test";

    public string LogStreamName => "test";

    public int MemoryLimitInMB => 1024;

    public TimeSpan RemainingTime => TimeSpan.FromMinutes(5);

    public string? TraceId => null;

    public ILambdaLogger Logger => this;

    public void Log(string message) => Lines.Add(message);

    public void LogLine(string message) => Lines.Add(message);

    public void Log(string level, string message) => Lines.Add(level + ": " + message);
}

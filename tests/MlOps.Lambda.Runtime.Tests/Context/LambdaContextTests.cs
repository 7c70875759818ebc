using Microsoft.Extensions.Time.Testing;
using MlOps.Lambda.Runtime.Context;

namespace MlOps.Lambda.Runtime.Tests.Context;

public sealed class LambdaContextTests
{
    [Fact]
    public void RemainingTime_IsRecomputedFromTheDeadlineOnEachRead()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var env = new DictionaryEnvironmentVariables(new Dictionary<string, string>
        {
            ["AWS_LAMBDA_FUNCTION_NAME"] = "train",
            ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "1024",
            ["AWS_LAMBDA_LOG_GROUP_NAME"] = "/aws/lambda/train",
        });
        var context = new LambdaContext(
            "r", time.GetUtcNow().AddSeconds(10), "arn", null, LambdaFunctionInfo.FromEnvironment(env),
            new LambdaLogger(new StringWriter(), new(LambdaLogFormat.Text, LambdaLogLevel.Information), time, "r"), time);

        var before = context.RemainingTime;
        time.Advance(TimeSpan.FromSeconds(4));

        Assert.Equal(TimeSpan.FromSeconds(10), before);
        Assert.Equal(TimeSpan.FromSeconds(6), context.RemainingTime);
        Assert.Equal("train", context.FunctionName);
        Assert.Equal("$LATEST", context.FunctionVersion);
        Assert.Equal(1024, context.MemoryLimitInMB);
        Assert.Equal("/aws/lambda/train", context.LogGroupName);
    }
}

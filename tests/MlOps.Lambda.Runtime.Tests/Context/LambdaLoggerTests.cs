using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using MlOps.Lambda.Runtime.Context;

namespace MlOps.Lambda.Runtime.Tests.Context;

public sealed class LambdaLoggerTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 3, 4, 5, 6, 7, 89, TimeSpan.Zero));

    [Theory]
    [InlineData("Information", "info")]
    [InlineData("Warning", "warn")]
    [InlineData("Error", "fail")]
    [InlineData("Critical", "crit")]
    public void Log_InTextFormat_WritesTimestampRequestIdLabelAndMessage(string level, string label)
    {
        var output = new StringWriter();
        var logger = new LambdaLogger(output, new LambdaLoggerSettings(LambdaLogFormat.Text, LambdaLogLevel.Trace), Time, "req-9");

        logger.Log(level, "hello");

        Assert.Equal($"2026-03-04T05:06:07.089Z\treq-9\t{label}\thello\n", output.ToString());
    }

    [Fact]
    public void Log_InJsonFormat_WritesOneObjectPerRecord()
    {
        var output = new StringWriter();
        ILambdaLogger logger = new LambdaLogger(output, new LambdaLoggerSettings(LambdaLogFormat.Json, LambdaLogLevel.Information), Time, "req-9", "Root=1-x");

        logger.LogWarning("careful <now>");

        using var document = JsonDocument.Parse(output.ToString());
        var root = document.RootElement;
        Assert.Equal("2026-03-04T05:06:07.089Z", root.GetProperty("timestamp").GetString());
        Assert.Equal("Warning", root.GetProperty("level").GetString());
        Assert.Equal("req-9", root.GetProperty("requestId").GetString());
        Assert.Equal("Root=1-x", root.GetProperty("traceId").GetString());
        Assert.Equal("careful <now>", root.GetProperty("message").GetString());
    }

    [Fact]
    public void Log_BelowMinimumLevel_WritesNothing()
    {
        var output = new StringWriter();
        ILambdaLogger logger = new LambdaLogger(output, new LambdaLoggerSettings(LambdaLogFormat.Text, LambdaLogLevel.Warning), Time, "r");

        logger.LogInformation("dropped");
        logger.LogDebug("dropped");
        logger.LogLine("dropped");
        logger.LogError("kept");

        Assert.Equal("2026-03-04T05:06:07.089Z\tr\tfail\tkept\n", output.ToString());
    }

    [Fact]
    public void LogLine_InTextFormat_WritesTheMessageUnprefixed()
    {
        var output = new StringWriter();
        var logger = new LambdaLogger(output, new LambdaLoggerSettings(LambdaLogFormat.Text, LambdaLogLevel.Information), Time, "r");

        logger.LogLine("raw");

        Assert.Equal("raw\n", output.ToString());
    }

    [Theory]
    [InlineData(null, null, LambdaLogFormat.Text, LambdaLogLevel.Information)]
    [InlineData("JSON", "WARN", LambdaLogFormat.Json, LambdaLogLevel.Warning)]
    [InlineData("Text", "FATAL", LambdaLogFormat.Text, LambdaLogLevel.Critical)]
    [InlineData("json", "debug", LambdaLogFormat.Json, LambdaLogLevel.Debug)]
    public void FromEnvironment_ReadsAdvancedLoggingControls(string? format, string? level, LambdaLogFormat expectedFormat, LambdaLogLevel expectedLevel)
    {
        var env = new DictionaryEnvironmentVariables();
        env.Set("AWS_LAMBDA_LOG_FORMAT", format);
        env.Set("AWS_LAMBDA_LOG_LEVEL", level);

        var settings = LambdaLoggerSettings.FromEnvironment(env);

        Assert.Equal(new LambdaLoggerSettings(expectedFormat, expectedLevel), settings);
    }

    [Fact]
    public void FromEnvironment_HandlerLevelVariablesWin()
    {
        var env = new DictionaryEnvironmentVariables(new Dictionary<string, string>
        {
            ["AWS_LAMBDA_LOG_LEVEL"] = "ERROR",
            ["AWS_LAMBDA_HANDLER_LOG_LEVEL"] = "TRACE",
        });

        Assert.Equal(LambdaLogLevel.Trace, LambdaLoggerSettings.FromEnvironment(env).MinimumLevel);
    }
}

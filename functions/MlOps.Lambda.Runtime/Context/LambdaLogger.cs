using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MlOps.Lambda.Runtime.Context;

/// <summary>
/// Writes records in Lambda's text format (<c>timestamp\trequestId\tlevel\tmessage</c>, RuntimeSupport's labels)
/// or, with <see cref="LambdaLogFormat.Json"/>, one JSON object per record
/// (<c>timestamp</c>, <c>level</c>, <c>requestId</c>, <c>traceId</c>, <c>message</c>).
/// </summary>
public sealed class LambdaLogger : ILambdaLogger
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly TextWriter _output;
    private readonly LambdaLoggerSettings _settings;
    private readonly TimeProvider _time;
    private readonly string _requestId;
    private readonly string? _traceId;

    /// <summary>Creates a logger for one invocation.</summary>
    public LambdaLogger(TextWriter output, LambdaLoggerSettings settings, TimeProvider time, string requestId, string? traceId = null)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _requestId = requestId ?? string.Empty;
        _traceId = traceId;
    }

    /// <inheritdoc />
    public void Log(string message)
    {
        if (_settings.Format == LambdaLogFormat.Json)
        {
            Log(LambdaLogLevel.Information, message);
        }
        else if (_settings.MinimumLevel <= LambdaLogLevel.Information)
        {
            _output.Write(message);
            _output.Flush();
        }
    }

    /// <inheritdoc />
    public void LogLine(string message)
    {
        if (_settings.Format == LambdaLogFormat.Json)
        {
            Log(LambdaLogLevel.Information, message);
        }
        else if (_settings.MinimumLevel <= LambdaLogLevel.Information)
        {
            _output.Write(message + "\n");
            _output.Flush();
        }
    }

    /// <inheritdoc />
    public void Log(string level, string message) =>
        Log(LambdaLoggerSettings.ParseLevel(level) ?? LambdaLogLevel.Information, message);

    /// <summary>Writes a record at <paramref name="level"/> unless it is below the configured minimum.</summary>
    public void Log(LambdaLogLevel level, string message)
    {
        if (level < _settings.MinimumLevel)
        {
            return;
        }

        var timestamp = _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var line = _settings.Format == LambdaLogFormat.Json
            ? FormatJson(timestamp, level, message)
            : string.Create(CultureInfo.InvariantCulture, $"{timestamp}\t{_requestId}\t{Label(level)}\t{message}");
        _output.Write(line + "\n");
        _output.Flush();
    }

    /// <summary>RuntimeSupport's short level labels.</summary>
    public static string Label(LambdaLogLevel level) => level switch
    {
        LambdaLogLevel.Trace => "trce",
        LambdaLogLevel.Debug => "dbug",
        LambdaLogLevel.Information => "info",
        LambdaLogLevel.Warning => "warn",
        LambdaLogLevel.Error => "fail",
        _ => "crit",
    };

    private string FormatJson(string timestamp, LambdaLogLevel level, string message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("timestamp", timestamp);
            writer.WriteString("level", level.ToString());
            writer.WriteString("requestId", _requestId);
            if (!string.IsNullOrEmpty(_traceId))
            {
                writer.WriteString("traceId", _traceId);
            }

            writer.WriteString("message", message);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}

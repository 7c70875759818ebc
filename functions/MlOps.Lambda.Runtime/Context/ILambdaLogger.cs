namespace MlOps.Lambda.Runtime.Context;

/// <summary>Logger with the member names of Amazon.Lambda.Core's <c>ILambdaLogger</c>.</summary>
public interface ILambdaLogger
{
    /// <summary>Writes a message as-is at the default level.</summary>
    void Log(string message);

    /// <summary>Writes a message followed by a new line at the default level.</summary>
    void LogLine(string message);

    /// <summary>Writes a message at the given level ("Trace", "Debug", "Information", "Warning", "Error", "Critical").</summary>
    void Log(string level, string message);

    /// <summary>Writes an informational message.</summary>
    void LogInformation(string message) => Log("Information", message);

    /// <summary>Writes a warning.</summary>
    void LogWarning(string message) => Log("Warning", message);

    /// <summary>Writes an error.</summary>
    void LogError(string message) => Log("Error", message);

    /// <summary>Writes a debug message.</summary>
    void LogDebug(string message) => Log("Debug", message);
}

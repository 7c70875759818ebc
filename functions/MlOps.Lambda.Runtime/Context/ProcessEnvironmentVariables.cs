namespace MlOps.Lambda.Runtime.Context;

/// <summary>The real process environment.</summary>
public sealed class ProcessEnvironmentVariables : IEnvironmentVariables
{
    /// <inheritdoc />
    public string? Get(string name) => Environment.GetEnvironmentVariable(name);

    /// <inheritdoc />
    public void Set(string name, string? value) => Environment.SetEnvironmentVariable(name, value);

    /// <summary>Copies the whole environment into a dictionary (the shape <c>FunctionRegistry.Create</c> takes).</summary>
    public static IReadOnlyDictionary<string, string> Snapshot()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            result[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        return result;
    }
}

using System.Collections.Concurrent;

namespace MlOps.Lambda.Runtime.Context;

/// <summary>An environment held in memory: one per function when hosting in-process, and for tests.</summary>
public sealed class DictionaryEnvironmentVariables : IEnvironmentVariables
{
    private readonly ConcurrentDictionary<string, string> _values;

    /// <summary>Creates the environment from initial values (copied).</summary>
    public DictionaryEnvironmentVariables(IEnumerable<KeyValuePair<string, string>>? values = null)
    {
        _values = new ConcurrentDictionary<string, string>(values ?? [], StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

    /// <inheritdoc />
    public void Set(string name, string? value)
    {
        if (value is null)
        {
            _values.TryRemove(name, out _);
        }
        else
        {
            _values[name] = value;
        }
    }

    /// <summary>A copy of every variable.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary() => new Dictionary<string, string>(_values, StringComparer.Ordinal);
}

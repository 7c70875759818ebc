namespace MlOps.Lambda.Runtime.Context;

/// <summary>The process environment behind a seam, so tests and in-process hosting never touch the real one.</summary>
public interface IEnvironmentVariables
{
    /// <summary>Returns the variable's value, or null when it is not set.</summary>
    string? Get(string name);

    /// <summary>Sets (or with null, removes) a variable.</summary>
    void Set(string name, string? value);
}

namespace MlOps.Local.Services.Batch;

/// <summary>
/// Resolves the first word of a container command through a table (e.g. <c>MlOps.Functions</c> →
/// <c>dotnet exec artifacts/.../MlOps.Functions.dll</c>); other commands run as written.
/// </summary>
public sealed class MappedCommandResolver(IReadOnlyDictionary<string, (string FileName, IReadOnlyList<string> Prefix)> table) : IBatchCommandResolver
{
    /// <inheritdoc />
    public (string FileName, IReadOnlyList<string> Arguments) Resolve(IReadOnlyList<string> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Count == 0)
        {
            throw new ArgumentException("the job has no command", nameof(command));
        }

        return table.TryGetValue(command[0], out var mapped)
            ? (mapped.FileName, [.. mapped.Prefix, .. command.Skip(1)])
            : (command[0], [.. command.Skip(1)]);
    }
}

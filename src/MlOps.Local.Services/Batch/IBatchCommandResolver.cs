namespace MlOps.Local.Services.Batch;

/// <summary>Maps a job definition's container command to a local program (the image's entry point on this machine).</summary>
public interface IBatchCommandResolver
{
    /// <summary>The file to start and its arguments for <paramref name="command"/> (after <c>Ref::</c> substitution).</summary>
    (string FileName, IReadOnlyList<string> Arguments) Resolve(IReadOnlyList<string> command);
}

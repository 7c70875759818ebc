namespace MlOps.Cli.Cloud;

/// <summary>A user error the CLI reports as one line (bad value, missing file), never with a stack trace.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException()
    {
    }

    public CliException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

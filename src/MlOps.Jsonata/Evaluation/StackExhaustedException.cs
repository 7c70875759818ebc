namespace MlOps.Jsonata.Evaluation;

/// <summary>Raised when the thread's stack is nearly full; the caller retries on a big-stack thread or reports U1001.</summary>
internal sealed class StackExhaustedException : Exception
{
    public StackExhaustedException()
        : base("The evaluation stack is exhausted")
    {
    }

    public StackExhaustedException(string message)
        : base(message)
    {
    }

    public StackExhaustedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

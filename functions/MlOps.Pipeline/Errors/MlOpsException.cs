using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Pipeline.Errors;

/// <summary>
/// Base of every typed pipeline error. Its <see cref="ErrorName"/> is what a state machine's
/// <c>ErrorEquals</c> matches, so names come from <see cref="ErrorNames"/> only.
/// </summary>
public abstract class MlOpsException : Exception, INamedError
{
    /// <summary>Creates the error with its ASL-visible name.</summary>
    protected MlOpsException(string errorName, string message, Exception? inner = null)
        : base(message, inner)
    {
        ErrorName = errorName;
    }

    /// <inheritdoc />
    public string ErrorName { get; }
}

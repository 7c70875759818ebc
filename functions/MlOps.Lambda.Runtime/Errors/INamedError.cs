namespace MlOps.Lambda.Runtime.Errors;

/// <summary>
/// An exception that carries the error name Step Functions matches in Retry/Catch.
/// The hosting layer reports <see cref="ErrorName"/> as <c>errorType</c> instead of the CLR type name.
/// </summary>
public interface INamedError
{
    /// <summary>The name reported as <c>errorType</c>, e.g. <c>MlOps.DataContractViolation</c>.</summary>
    string ErrorName { get; }
}

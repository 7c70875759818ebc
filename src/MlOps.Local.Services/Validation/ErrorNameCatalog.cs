using System.Reflection;
using MlOps.Pipeline.Errors;
using MlOps.StepFunctions.Errors;

namespace MlOps.Local.Services.Validation;

/// <summary>
/// The error names a state machine may match: <c>States.*</c> (predefined), the pipeline's typed errors
/// (constants of <see cref="ErrorNames"/>, read by reflection), and the AWS service errors of the integrations the
/// machines use (Lambda service errors AWS recommends retrying, and the few SDK exceptions we catch by name).
/// </summary>
public static class ErrorNameCatalog
{
    private static readonly HashSet<string> ServiceErrors = new(StringComparer.Ordinal)
    {
        "Lambda.ClientExecutionTimeoutException", "Lambda.ServiceException", "Lambda.AWSLambdaException",
        "Lambda.SdkClientException", "Lambda.TooManyRequestsException", "Lambda.Unknown",
        "StepFunctions.ExecutionAlreadyExistsException", "S3.NoSuchKeyException",
        "Glue.AlreadyExistsException", "Glue.EntityNotFoundException",
    };

    /// <summary>The pipeline's typed error names.</summary>
    public static IReadOnlySet<string> Pipeline { get; } = typeof(ErrorNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> may appear in <c>ErrorEquals</c>.</summary>
    public static bool IsKnown(string name) =>
        StatesErrorNames.IsPredefined(name) || Pipeline.Contains(name) || ServiceErrors.Contains(name);
}

namespace MlOps.Pipeline.Errors;

/// <summary>Every typed error name the pipeline raises; state machines may only match these and <c>States.*</c>.</summary>
public static class ErrorNames
{
    /// <summary>The data does not satisfy the pipeline's data contract.</summary>
    public const string DataContractViolation = "MlOps.DataContractViolation";
}

using MlOps.Lambda.Runtime.Errors;

namespace MlOps.Lambda.Runtime.Tests.Fakes;

internal sealed class ModelQualityException(string message) : Exception(message), INamedError
{
    public string ErrorName => "MlOps.ModelQualityBelowThreshold";
}

using System.Globalization;

namespace MlOps.StepFunctions.Errors;

/// <summary>The execution ran past the machine's TimeoutSeconds (not catchable by Catch: it ends the execution).</summary>
internal sealed class ExecutionTimedOutException(int limitSeconds)
    : Exception("The execution exceeded the state machine's TimeoutSeconds of " + limitSeconds.ToString(CultureInfo.InvariantCulture) + " seconds");

namespace MlOps.StepFunctions;

/// <summary>The closed set of execution statuses.</summary>
public enum ExecutionStatus
{
    /// <summary>Still running.</summary>
    Running,

    /// <summary>Finished with an output.</summary>
    Succeeded,

    /// <summary>Finished with an error and cause.</summary>
    Failed,

    /// <summary>Exceeded the machine's TimeoutSeconds.</summary>
    TimedOut,

    /// <summary>Stopped by the host.</summary>
    Aborted,
}

namespace MlOps.StepFunctions.Integrations;

/// <summary>Service integration patterns, from the resource ARN's suffix; flags so a handler can declare several.</summary>
[Flags]
public enum IntegrationPattern
{
    /// <summary>No pattern.</summary>
    None = 0,

    /// <summary>No suffix: call and continue with the response.</summary>
    RequestResponse = 1,

    /// <summary><c>.sync</c>: run a job and wait for it to finish.</summary>
    Sync = 2,

    /// <summary><c>.sync:2</c>: like <c>.sync</c>, output parsed as JSON (Step Functions startExecution).</summary>
    Sync2 = 4,

    /// <summary><c>.waitForTaskToken</c>: pause until SendTaskSuccess/Failure with the token.</summary>
    WaitForTaskToken = 8,
}
